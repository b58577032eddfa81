import type { Phrasebook } from './types';

export const es: Phrasebook = {
  lang: 'es',
  greeting: {
    warm: ['¡Hola, {author}!', 'Hola, {author}:', '¡Hola {author}!'],
    neutral: ['Hola, {author}:', 'Hola {author},', '{author},'],
    formal: ['Buenos días, {author}:', 'Saludos, {author}:', 'Un saludo, {author}:'],
  },
  greetingAnon: { warm: ['¡Hola!', 'Hola:'], neutral: ['Hola:', 'Hola,'], formal: ['Buenos días:', 'Saludos:'] },
  replies: {
    question: {
      warm: [
        '¡Buena pregunta sobre {topic}! Lo consulto y te respondo aquí con los detalles.',
        'Gracias por preguntar por {topic}. ¿Nos cuentas un poco más de tu caso? Así te orientamos mejor.',
        '¡Con gusto te ayudamos con {topic}! ¿Has probado algo ya? Te contamos nuestra experiencia.',
      ],
      neutral: [
        'Gracias por la pregunta sobre {topic}. Lo revisamos y te respondemos aquí con los detalles.',
        'Sobre {topic}: ¿puedes darnos algunos detalles más para darte una respuesta precisa?',
        'Buena observación sobre {topic}. Lo revisamos y te contamos más aquí pronto.',
      ],
      formal: [
        'Gracias por su consulta sobre {topic}. La revisaremos y le responderemos aquí con los detalles.',
        'En relación con {topic}: ¿podría indicarnos algunos detalles más, para darle una respuesta exacta?',
        'Le agradecemos su pregunta sobre {topic}. Nuestro equipo la está revisando y le responderá en breve.',
      ],
    },
    complaint: {
      warm: [
        'Gracias por contarnos lo de {topic} y perdona las molestias. ¿Nos escribes un mensaje con los detalles? Queremos solucionarlo.',
        'Te entendemos con {topic}. Vamos a resolverlo juntos: envíanos los detalles por mensaje y lo miramos enseguida.',
        'Queremos resolver lo de {topic}. Escríbenos por mensaje y lo solucionamos.',
      ],
      neutral: [
        'Gracias por avisar de {topic}. Envíanos un mensaje directo con los detalles y lo revisamos.',
        'Estamos revisando {topic}. ¿Puedes enviarnos tu número de pedido o de cuenta por mensaje directo?',
        'Tomamos nota de {topic}. Mándanos los detalles por mensaje directo y te respondemos hoy.',
      ],
      formal: [
        'Gracias por informarnos sobre {topic}. Envíenos los detalles por mensaje directo y lo revisaremos a la mayor brevedad.',
        'Lamentamos las molestias con {topic}. Envíenos los detalles por mensaje directo para poder resolverlo.',
        'Gracias por sus comentarios sobre {topic}. Nuestro equipo los revisará; puede contactarnos directamente con los detalles.',
      ],
    },
    praise: {
      warm: [
        '¡Muchísimas gracias! Nos alegra mucho leer esto sobre {topic}. Mensajes así nos alegran el día.',
        '¡Nos has alegrado el día! Gracias por tus palabras sobre {topic}.',
        '¡Mil gracias! Nos encanta leer esto sobre {topic}.',
      ],
      neutral: [
        'Gracias por tu opinión sobre {topic}. Nos alegra mucho leerlo.',
        '¡Gracias! Nos alegra saber de tu experiencia con {topic}.',
        'Gracias por compartir esto sobre {topic}. Lo valoramos mucho.',
      ],
      formal: [
        'Le agradecemos sus amables palabras sobre {topic}. Es un placer leerlo.',
        'Agradecemos su opinión sobre {topic}. Gracias por dedicar su tiempo a compartirla.',
        'Gracias por compartir su experiencia con {topic}. La valoramos mucho.',
      ],
    },
    mention: {
      warm: [
        '¡Gracias por mencionar {brand}! Nos alegra ver {topic} en la conversación. Si tienes preguntas, aquí estamos.',
        '¡Gracias por sacar el tema de {topic}! Te contamos más si te interesa.',
        'Nos encanta ver {topic} en la conversación. ¡Gracias por la mención!',
      ],
      neutral: [
        'Gracias por mencionar {brand} y {topic}. Respondemos con gusto a cualquier pregunta.',
        'Gracias por hablar de {topic}. Avísanos si quieres más detalles.',
        'Sobre {topic}: con gusto te damos más detalles si te sirven.',
      ],
      formal: [
        'Gracias por mencionar {brand}. Si tiene cualquier pregunta sobre {topic}, estaremos encantados de ayudarle.',
        'Gracias por plantear {topic}. Indíquenos si desea más información.',
        'Agradecemos la mención de {topic}. No dude en contactarnos con cualquier pregunta.',
      ],
    },
    unanswered: {
      warm: [
        '¡Perdona la espera! Sobre {topic}: lo consulto y te respondo hoy mismo.',
        'Gracias por tu paciencia con tu pregunta sobre {topic}. Lo estamos mirando ahora.',
        '¿Encontraste ya respuesta sobre {topic}? Si no, cuéntanos un poco más y te ayudamos.',
      ],
      neutral: [
        'Retomamos tu pregunta sobre {topic}. Lo estamos revisando y te respondemos aquí.',
        'Sobre {topic}: gracias por tu paciencia. ¿Puedes darnos algunos detalles más?',
        'Recogemos tu pregunta sobre {topic}. En breve tendrás aquí una respuesta.',
      ],
      formal: [
        'Gracias por su paciencia en relación con {topic}. Estamos revisando su consulta y le responderemos en breve.',
        'Damos seguimiento a su pregunta sobre {topic} y le daremos una respuesta aquí.',
        'En relación con {topic}: disculpe la demora; le responderemos con los detalles en breve.',
      ],
    },
    crisis: {
      warm: [
        'Os escuchamos sobre {topic} y ya estamos en ello. Publicaremos aquí una actualización en cuanto sepamos más.',
        'Gracias por avisar de {topic}. Nuestro equipo lo está revisando ahora mismo; iremos informando aquí.',
        'Sabemos lo importante de {topic}. Estamos trabajando en ello y os mantendremos al tanto aquí.',
      ],
      neutral: [
        'Conocemos los avisos sobre {topic} y los estamos revisando. Informaremos aquí.',
        'Estamos investigando {topic} y compartiremos una actualización en este hilo.',
        'Gracias por los avisos sobre {topic}. Lo estamos comprobando y publicaremos aquí la próxima actualización.',
      ],
      formal: [
        'Somos conscientes de la preocupación sobre {topic} y lo estamos investigando. Compartiremos una actualización aquí en breve.',
        'Gracias por plantear {topic}. Nuestro equipo está revisando la cuestión e informará aquí.',
        'Tomamos muy en serio los avisos sobre {topic} y publicaremos una actualización en este hilo.',
      ],
    },
  },
  stopwords:
    'sabe sabes saben alguien funciona el la los las un una unos unas y o pero si sino que de del a al en con por para sin sobre entre hasta desde es son era fue ser estar está están estoy he has ha hemos han hay yo tú tu tus te ti mi mis me nos nosotros vosotros ellos ellas él ella le les lo se su sus este esta estos estas ese esa esos esas eso esto aquí allí cuando donde dónde como cómo qué quién cuál cuándo por qué porque muy más menos ya todavía también solo sólo nada algo alguien nadie todo todos cada otro otra mucho mucha muchos poco hola gracias ayuda favor alguna alguno consejo consejos idea ideas pregunta hoy ayer mañana días día semana semanas tengo tiene tienen puedo puede pueden hacer hago hace sé saber quiero quería necesito sigue siguen vez veces no sí así bien mal nunca siempre',
  connectors: 'de del la el para en con por',
  determiners: { mi: 'tu', mis: 'tus' },
  formalDeterminers: { mi: 'su', mis: 'sus' },
};
