import type { Phrasebook } from './types';

export const pt: Phrasebook = {
  lang: 'pt',
  greeting: {
    warm: ['Olá, {author}!', 'Oi, {author}!', 'Olá {author},'],
    neutral: ['Olá, {author},', 'Olá {author}:', '{author},'],
    formal: ['Bom dia, {author}.', 'Prezado(a) {author},', 'Olá, {author}.'],
  },
  greetingAnon: { warm: ['Olá!', 'Oi!'], neutral: ['Olá,', 'Olá:'], formal: ['Bom dia.', 'Olá.'] },
  replies: {
    question: {
      warm: [
        'Ótima pergunta sobre {topic}! Vou verificar e respondo aqui com os detalhes.',
        'Obrigado por perguntar sobre {topic}. Pode contar um pouco mais sobre o seu caso? Assim ajudamos melhor.',
        'Ajudamos com prazer com {topic}! Já tentou alguma solução? Contamos a nossa experiência.',
      ],
      neutral: [
        'Obrigado pela pergunta sobre {topic}. Verificamos e respondemos aqui com os detalhes.',
        'Sobre {topic}: pode nos dar alguns detalhes para uma resposta precisa?',
        'Boa observação sobre {topic}. Verificamos e complementamos aqui em breve.',
      ],
      formal: [
        'Agradecemos a sua pergunta sobre {topic}. Analisaremos e responderemos aqui com os detalhes.',
        'Em relação a {topic}: poderia indicar alguns detalhes, para podermos responder com exatidão?',
        'Obrigado pela sua pergunta sobre {topic}. A nossa equipe está analisando e retornará em breve.',
        'Obrigado pela pergunta sobre {topic}. Responderemos aqui em breve, com os detalhes.',
      ],
    },
    complaint: {
      warm: [
        'Obrigado por nos contar sobre {topic}, e desculpe o transtorno. Pode nos mandar uma mensagem com os detalhes? Queremos resolver isso.',
        'Entendemos você sobre {topic}. Resolvemos juntos: mande os detalhes por mensagem e olhamos na hora.',
        'Queremos resolver {topic}. Mande uma mensagem e resolvemos juntos.',
      ],
      neutral: [
        'Obrigado por avisar sobre {topic}. Envie uma mensagem direta com os detalhes e verificamos.',
        'Estamos verificando {topic}. Pode enviar o número do pedido ou da conta por mensagem direta?',
        'Anotado sobre {topic}. Envie os detalhes por mensagem direta e retornamos hoje.',
      ],
      formal: [
        'Agradecemos por nos informar sobre {topic}. Pedimos que envie os detalhes por mensagem direta, para analisarmos com prioridade.',
        'Pedimos desculpas pelo transtorno com {topic}. Envie os detalhes por mensagem direta para podermos resolver.',
        'Obrigado pelo seu comentário sobre {topic}. A nossa equipe vai analisá-lo; entre em contato diretamente com os detalhes.',
      ],
    },
    praise: {
      warm: [
        'Muito obrigado! Ficamos muito felizes com o seu comentário sobre {topic}. Mensagens assim fazem o nosso dia.',
        'Você fez o nosso dia! Obrigado pelas palavras sobre {topic}.',
        'Mil obrigados! Adoramos ler isto sobre {topic}.',
      ],
      neutral: [
        'Obrigado pelo retorno sobre {topic}. Ficamos felizes.',
        'Obrigado! Bom saber da sua experiência com {topic}.',
        'Obrigado por compartilhar isso sobre {topic}. Agradecemos.',
      ],
      formal: [
        'Agradecemos as suas palavras sobre {topic}. É um prazer ler isto.',
        'Agradecemos o seu retorno sobre {topic}. Obrigado por dedicar o seu tempo a compartilhá-lo.',
        'Obrigado por compartilhar a sua experiência com {topic}. É muito apreciado.',
      ],
    },
    mention: {
      warm: [
        'Obrigado por mencionar {brand}! Bom ver {topic} na conversa. Se tiver perguntas, estamos aqui.',
        'Obrigado por falar de {topic}! Contamos tudo se tiver curiosidade.',
        'Adoramos ver {topic} na conversa. Obrigado pela menção!',
      ],
      neutral: [
        'Obrigado por mencionar {brand} e {topic}. Respondemos com prazer a qualquer pergunta.',
        'Obrigado por falar de {topic}. Avise se quiser mais detalhes.',
        'Sobre {topic}: compartilhamos detalhes com prazer, se for útil.',
      ],
      formal: [
        'Agradecemos a menção a {brand}. Caso tenha perguntas sobre {topic}, teremos prazer em ajudar.',
        'Obrigado por levantar {topic}. Informe-nos se desejar informações.',
        'Agradecemos a menção a {topic}. Não hesite em nos contatar com qualquer pergunta.',
      ],
    },
    unanswered: {
      warm: [
        'Desculpe a demora! Sobre {topic}: vou verificar e respondo hoje mesmo.',
        'Obrigado pela paciência com a sua pergunta sobre {topic}. Estamos olhando agora.',
        'Já encontrou uma resposta sobre {topic}? Caso contrário, conte um pouco e ajudamos.',
      ],
      neutral: [
        'Retomando a sua pergunta sobre {topic}. Estamos verificando e respondemos aqui.',
        'Sobre {topic}: obrigado pela paciência. Pode nos dar alguns detalhes?',
        'Recebemos a sua pergunta sobre {topic}. Uma resposta segue aqui em breve.',
      ],
      formal: [
        'Agradecemos a sua paciência em relação a {topic}. Estamos analisando a sua pergunta e responderemos em breve.',
        'Estamos dando seguimento à sua pergunta sobre {topic} e responderemos aqui.',
        'Em relação a {topic}: pedimos desculpas pela demora e responderemos com os detalhes em breve.',
      ],
    },
    crisis: {
      warm: [
        'Estamos ouvindo vocês sobre {topic} e já estamos cuidando disso. Publicaremos uma atualização aqui em breve.',
        'Obrigado por falar de {topic}. A nossa equipe está analisando agora; as novidades seguem aqui.',
        'Sabemos da importância de {topic}. Estamos trabalhando nisso e daremos notícias aqui.',
      ],
      neutral: [
        'Estamos cientes dos relatos sobre {topic} e estamos verificando. As atualizações seguem aqui.',
        'Estamos investigando {topic} e compartilharemos uma atualização neste tópico.',
        'Obrigado pelos relatos sobre {topic}. Estamos verificando e publicaremos a próxima atualização aqui.',
      ],
      formal: [
        'Estamos cientes das preocupações sobre {topic} e estamos investigando. Compartilharemos uma atualização aqui em breve.',
        'Obrigado por levantar {topic}. A nossa equipe está analisando a questão e informará aqui.',
        'Levamos a sério os relatos sobre {topic} e publicaremos uma atualização neste tópico.',
      ],
    },
  },
  stopwords:
    'sabe sabem alguém funciona o a os as um uma uns umas e ou mas se que de do da dos das em no na nos nas por pelo pela para com sem sobre entre até desde é são era foi ser estar está estão estou tem têm tenho ter há eu tu você vocês ele ela eles elas me te se lhe nos meu minha meus minhas seu sua seus suas nosso nossa este esta estes estas esse essa isso isto aqui ali quando onde como o que quem qual porque porquê muito mais menos já ainda também só nada algo alguém ninguém tudo todos cada outro outra pouco olá oi obrigado obrigada ajuda favor dica dicas ideia ideias pergunta hoje ontem amanhã dia dias semana semanas posso pode podem fazer faço faz sei saber quero preciso continua vez vezes não sim assim bem mal nunca sempre',
  connectors: 'de do da para em no na com',
  determiners: { meu: 'seu', minha: 'sua', meus: 'seus', minhas: 'suas' },
};
