import type { Phrasebook } from './types';

export const en: Phrasebook = {
  lang: 'en',
  greeting: {
    warm: ['Hi {author}!', 'Hey {author},', 'Hi {author},'],
    neutral: ['Hi {author},', 'Hello {author},', '{author},'],
    formal: ['Hello {author},', 'Dear {author},', 'Good day {author},'],
  },
  greetingAnon: { warm: ['Hi there!', 'Hey,'], neutral: ['Hi,', 'Hello,'], formal: ['Hello,', 'Good day,'] },
  replies: {
    question: {
      warm: [
        'Great question about {topic}! Let me find out and get back to you here with the details.',
        'Thanks for asking about {topic}. Could you tell me a bit more about your setup? Then I can point you the right way.',
        'Happy to help with {topic}! What have you tried until now? I will share what works for us.',
      ],
      neutral: [
        'Thanks for the question about {topic}. I will check and reply here with the details.',
        'About {topic}: could you share a few more details, and we can give you a precise answer?',
        'Good point on {topic}. We are checking and will add details here soon.',
      ],
      formal: [
        'Thank you for your question regarding {topic}. We will look into it and reply here with the details.',
        'Regarding {topic}: could you kindly share a few more details, to help us give you an accurate answer?',
        'Thank you for asking about {topic}. Our team is reviewing it and will follow up shortly.',
      ],
    },
    complaint: {
      warm: [
        'Thanks for telling us about {topic}, and sorry for the hassle. Could you send us a message with your details? We want to make this right.',
        'I hear you on {topic}. Let us fix this together: could you message us the details, and we will look right away?',
        'That is not the experience we want for you with {topic}. Please send us a message and we will sort it out.',
      ],
      neutral: [
        'Thanks for flagging {topic}. Please send us a direct message with the details and we will look into it.',
        'We are looking into {topic}. Could you share your order or account details in a direct message?',
        'Noted on {topic}. Send us the details in a direct message and we will follow up today.',
      ],
      formal: [
        'Thank you for bringing {topic} to our attention. Please send us a direct message with the details, and we will look into it promptly.',
        'We apologise for the inconvenience with {topic}. Kindly share the details in a direct message so that we can resolve it.',
        'Thank you for your feedback on {topic}. Our team will review it; please contact us directly with the details.',
      ],
    },
    praise: {
      warm: [
        'Thank you very much! Glad you enjoy {topic}. Messages like this make our day.',
        'This made our day! Thanks for the kind words about {topic}.',
        'Thanks a lot! We love hearing that {topic} works for you.',
      ],
      neutral: [
        'Thanks for the feedback on {topic}. Glad it works for you.',
        'Thank you! Good to hear about your experience with {topic}.',
        'Thanks for sharing this about {topic}. We appreciate it.',
      ],
      formal: [
        'Thank you for your kind words about {topic}. We are pleased it meets your expectations.',
        'We appreciate your feedback on {topic}. Thank you for taking the time to share it.',
        'Thank you for sharing your experience with {topic}. It is much appreciated.',
      ],
    },
    mention: {
      warm: [
        'Thanks for mentioning {brand}! Glad {topic} came up. Tell us if you have any questions.',
        'Thanks for bringing up {topic}! Happy to share more if you are curious.',
        'Love seeing {topic} in the conversation. Thanks for the mention!',
      ],
      neutral: [
        'Thanks for mentioning {brand} and {topic}. Happy to answer any questions.',
        'Thanks for bringing up {topic}. Let us know if you want more details.',
        'On {topic}: we are happy to share more details if useful.',
      ],
      formal: [
        'Thank you for mentioning {brand}. Should you have any questions about {topic}, we are happy to help.',
        'Thank you for raising {topic}. Please let us know if we can provide further information.',
        'We appreciate the mention of {topic}. Do not hesitate to contact us with any questions.',
      ],
    },
    unanswered: {
      warm: [
        'Sorry for the wait! About {topic}: let me check and get back to you today.',
        'Thanks for your patience with your question about {topic}. Looking into it now.',
        'Did you find an answer on {topic} yet? If not, tell me a bit more and I will help.',
      ],
      neutral: [
        'Following up on your question about {topic}. We are checking and will reply here.',
        'About {topic}: thanks for your patience. Could you share a few more details?',
        'Picking up your question on {topic}. An answer follows here shortly.',
      ],
      formal: [
        'Thank you for your patience regarding {topic}. We are reviewing your question and will reply shortly.',
        'We are following up on your question about {topic} and will provide an answer here.',
        'Regarding {topic}: we apologise for the delay and will reply with the details shortly.',
      ],
    },
    crisis: {
      warm: [
        'We hear you about {topic}, and we are on it. We will post an update here as soon as we know more.',
        'Thanks for raising {topic}. Our team is looking into it right now; updates will follow here.',
        'We know {topic} matters to you. We are working on it and will keep you posted here.',
      ],
      neutral: [
        'We are aware of the reports about {topic} and are looking into it. Updates will follow here.',
        'We are investigating {topic} and will share an update in this thread.',
        'Thanks for the reports on {topic}. We are checking and will post the next update here.',
      ],
      formal: [
        'We are aware of the concerns regarding {topic} and are investigating. We will share an update here shortly.',
        'Thank you for raising {topic}. Our team is reviewing the matter and will provide an update here.',
        'We take the reports about {topic} seriously and will publish an update in this thread.',
      ],
    },
  },
  stopwords:
    'three four five six seven eight nine ten first second ago returned bought ordered received work works worked working without never always ever again a an the and or but if then so because as of at by for with about against between into through during before after above below to from up down in out on off over under again further once here there when where why how all any both each few more most other some such no nor not only own same than too very can will just don should now i me my mine myself we our ours you your yours he him his she her it its they them their what which who whom this that these those am is are was were be been being have has had having do does did doing would could shall may might must get got getting go going really still also even yet anyone anybody someone something anything everything nothing thing things way lot much many one two tips idea ideas advice help please thanks thank question questions hi hello hey guys everyone ok okay yes yeah lol im ive dont doesnt cant isnt wont day days time week weeks today yesterday tomorrow make made know think want need try tried use used using keep new old',
  connectors: 'of for the on in with to',
  determiners: { the: 'the', my: 'your', our: 'your', this: 'this', these: 'these' },
};
