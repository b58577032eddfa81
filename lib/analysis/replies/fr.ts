import type { Phrasebook } from './types';

export const fr: Phrasebook = {
  lang: 'fr',
  greeting: {
    warm: ['Bonjour {author} !', 'Salut {author},', 'Coucou {author} !'],
    neutral: ['Bonjour {author},', 'Bonjour {author} :', '{author},'],
    formal: ['Bonjour {author},', 'Bonjour {author} :', 'Bonsoir {author},'],
  },
  greetingAnon: { warm: ['Bonjour !', 'Salut,'], neutral: ['Bonjour,', 'Bonjour :'], formal: ['Bonjour,', 'Madame, Monsieur,'] },
  replies: {
    question: {
      warm: [
        'Merci de votre question sur {topic} ! Nous regardons et revenons vers vous ici avec des détails.',
        'Merci de poser la question sur {topic}. Pouvez-vous nous en dire un peu plus sur votre situation ? Nous pourrons mieux vous aider.',
        'Avec plaisir, parlons de {topic} ! Qu’avez-vous déjà essayé ? Nous vous dirons ce qui marche chez nous.',
      ],
      neutral: [
        'Merci de votre question sur {topic}. Nous vérifions et répondons ici avec des détails.',
        'Au sujet de {topic} : pouvez-vous nous donner un peu plus de détails ? Nous pourrons répondre avec précision.',
        'Bien vu au sujet de {topic}. Nous vérifions et complétons ici dès que possible.',
      ],
      formal: [
        'Nous vous remercions de votre question au sujet de {topic}. Nous allons l’examiner et vous répondrons ici.',
        'Au sujet de {topic} : pourriez-vous nous préciser quelques détails ? Nous pourrons ainsi vous répondre avec exactitude.',
        'Merci de votre question sur {topic}. Notre équipe l’examine et reviendra vers vous sous peu.',
      ],
    },
    complaint: {
      warm: [
        'Merci de nous avoir parlé de {topic}, et désolés du désagrément. Pouvez-vous nous écrire en message privé avec des détails ? Nous voulons arranger ça.',
        'Nous avons bien reçu votre message sur {topic}. Écrivez-nous en privé avec des détails et nous regardons tout de suite.',
        'Ce n’est pas l’expérience voulue avec {topic}. Écrivez-nous en privé et nous allons trouver une solution.',
      ],
      neutral: [
        'Merci de signaler {topic}. Écrivez-nous en message privé avec des détails et nous regardons.',
        'Nous examinons {topic}. Pouvez-vous nous écrire en privé avec votre numéro de commande ou de compte ?',
        'C’est noté au sujet de {topic}. Écrivez-nous en privé avec des détails et nous revenons vers vous aujourd’hui.',
      ],
      formal: [
        'Nous vous remercions de nous avoir signalé {topic}. Nous vous invitons à nous écrire en message privé avec des détails.',
        'Nous vous prions de nous excuser au sujet de {topic}. Merci de nous écrire en message privé afin de trouver une solution.',
        'Merci de votre retour sur {topic}. Notre équipe va l’examiner ; nous vous invitons à nous contacter directement.',
      ],
    },
    praise: {
      warm: [
        'Merci beaucoup ! Ravis de lire ce message sur {topic}. Cela nous fait très plaisir.',
        'Vous avez illuminé notre journée ! Merci de vos mots sur {topic}.',
        'Mille mercis ! Nous adorons savoir à quel point {topic} vous plaît.',
      ],
      neutral: [
        'Merci de votre retour sur {topic}. Content de voir cela vous convenir.',
        'Merci ! Ravis d’avoir votre avis sur {topic}.',
        'Merci d’avoir partagé cela sur {topic}. Nous l’apprécions.',
      ],
      formal: [
        'Nous vous remercions de vos aimables mots sur {topic}. Nous en sommes très heureux.',
        'Nous apprécions votre retour sur {topic}. Merci d’avoir pris du temps à nous écrire.',
        'Merci de partager votre expérience avec {topic}. Nous y sommes très sensibles.',
      ],
    },
    mention: {
      warm: [
        'Merci d’avoir mentionné {brand} ! Ravis de voir {topic} dans la discussion. N’hésitez pas à nous poser vos questions.',
        'Merci d’avoir parlé de {topic} ! Nous vous en dirons plus avec plaisir.',
        'Nous adorons voir {topic} dans la conversation. Merci de la mention !',
      ],
      neutral: [
        'Merci d’avoir mentionné {brand} et {topic}. Nous répondons volontiers à vos questions.',
        'Merci d’avoir évoqué {topic}. Dites-nous si vous voulez plus de détails.',
        'Au sujet de {topic} : nous partageons volontiers plus de détails si cela vous aide.',
      ],
      formal: [
        'Nous vous remercions d’avoir mentionné {brand}. Au sujet de {topic}, nous restons à votre disposition.',
        'Merci d’avoir soulevé {topic}. N’hésitez pas à nous demander des informations complémentaires.',
        'Nous apprécions la mention de {topic}. N’hésitez pas à nous contacter.',
      ],
    },
    unanswered: {
      warm: [
        'Désolés de l’attente ! Au sujet de {topic} : nous regardons et revenons vers vous aujourd’hui.',
        'Merci de votre patience au sujet de {topic}. Nous regardons cela maintenant.',
        'Avez-vous trouvé une réponse sur {topic} ? Sinon, dites-nous en un peu plus et nous vous aidons.',
      ],
      neutral: [
        'Nous revenons sur votre question à propos de {topic}. Nous vérifions et répondons ici.',
        'Au sujet de {topic} : merci de votre patience. Pouvez-vous nous donner un peu plus de détails ?',
        'Nous reprenons votre question sur {topic}. Une réponse suit ici sous peu.',
      ],
      formal: [
        'Nous vous remercions de votre patience au sujet de {topic}. Nous examinons votre question et vous répondrons sous peu.',
        'Nous donnons suite à votre question sur {topic} et vous apporterons une réponse ici.',
        'Au sujet de {topic} : veuillez excuser ce délai ; nous vous répondrons sous peu.',
      ],
    },
    crisis: {
      warm: [
        'Nous vous entendons au sujet de {topic} et nous nous en occupons. Nous publierons ici des nouvelles dès possible.',
        'Merci d’avoir signalé {topic}. Notre équipe examine la situation en ce moment ; des nouvelles suivront ici.',
        'Nous savons à quel point {topic} compte. Nous y travaillons et vous tiendrons informés ici.',
      ],
      neutral: [
        'Nous avons connaissance des signalements sur {topic} et nous examinons la situation. Des nouvelles suivront ici.',
        'Nous enquêtons sur {topic} et partagerons des nouvelles dans ce fil.',
        'Merci des signalements sur {topic}. Nous vérifions et publierons ici la prochaine mise à jour.',
      ],
      formal: [
        'Nous avons connaissance des préoccupations au sujet de {topic} et nous examinons la situation. Une mise à jour suivra ici.',
        'Merci d’avoir soulevé {topic}. Notre équipe examine la question et communiquera ici.',
        'Nous prenons très au sérieux ces signalements sur {topic} et publierons une mise à jour dans ce fil.',
      ],
    },
  },
  stopwords:
    'répond marche sait savez jamais le la les l un une des du de d et ou mais si que qu qui quoi quand où comment pourquoi est sont était été être avoir ai as a avons avez ont je j tu il elle on nous vous ils elles me m te t se s lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces cela ça ici là dans en sur sous avec sans pour par chez entre vers au aux pas ne n plus moins très trop aussi encore déjà toujours jamais rien tout tous toute toutes chaque autre même bonjour salut merci aide svp idée idées conseil conseils question aujourd hui hier demain jour jours semaine semaines fait faire peut peux veux sais quelqu quelque chose oui non bien mal',
  connectors: 'de du des la le pour en à',
  determiners: { ma: 'votre', mon: 'votre', mes: 'vos' },
};
