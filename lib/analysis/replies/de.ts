import type { Phrasebook } from './types';

export const de: Phrasebook = {
  lang: 'de',
  greeting: {
    warm: ['Hallo {author}!', 'Hi {author},', 'Hey {author},'],
    neutral: ['Hallo {author},', 'Hallo {author}!', '{author},'],
    formal: ['Guten Tag {author},', 'Hallo {author},', 'Guten Tag, {author}:'],
  },
  greetingAnon: { warm: ['Hallo!', 'Hi,'], neutral: ['Hallo,', 'Hallo!'], formal: ['Guten Tag,', 'Guten Tag!'] },
  replies: {
    question: {
      warm: [
        'Gute Frage zu {topic}! Ich finde es heraus und melde mich hier mit den Details.',
        'Danke für deine Frage zu {topic}. Magst du uns etwas mehr über deine Situation erzählen? Dann helfen wir gezielt.',
        'Wir helfen gern bei {topic}! Was hast du schon ausprobiert? Wir sagen dir, was bei uns klappt.',
      ],
      neutral: [
        'Danke für die Frage zu {topic}. Wir prüfen das und antworten hier mit den Details.',
        'Zu {topic}: Kannst du uns ein paar Details mehr geben? Dann antworten wir genau.',
        'Guter Punkt zu {topic}. Hier ist, was wir wissen. Mehr folgt, sobald wir können.',
      ],
      formal: [
        'Vielen Dank für Ihre Frage zu {topic}. Wir prüfen das und antworten Ihnen hier.',
        'Zu {topic}: Könnten Sie uns bitte ein paar Details mehr nennen? So können wir genau antworten.',
        'Danke für Ihre Frage zu {topic}. Unser Team prüft sie und meldet sich in Kürze.',
      ],
    },
    complaint: {
      warm: [
        'Danke, dass du uns von {topic} erzählst, und sorry für den Ärger. Schreibst du uns eine Nachricht mit den Details? Wir wollen das in Ordnung bringen.',
        'Wir verstehen dich bei {topic}. Lass uns das zusammen lösen: Schick uns die Details per Nachricht, dann schauen wir sofort.',
        'So soll es mit {topic} nicht laufen. Schreib uns eine Nachricht, dann finden wir eine Lösung.',
      ],
      neutral: [
        'Danke für den Hinweis zu {topic}. Schick uns bitte eine Direktnachricht mit den Details, dann schauen wir nach.',
        'Wir prüfen {topic}. Kannst du uns deine Bestell- oder Kundennummer per Direktnachricht schicken?',
        'Notiert: {topic}. Schick uns die Details per Direktnachricht, wir melden uns heute.',
      ],
      formal: [
        'Vielen Dank für Ihren Hinweis zu {topic}. Bitte senden Sie uns die Details per Direktnachricht. Wir prüfen das umgehend.',
        'Wir entschuldigen uns für die Unannehmlichkeiten mit {topic}. Bitte senden Sie uns die Details per Direktnachricht, damit wir das lösen können.',
        'Danke für Ihr Feedback zu {topic}. Unser Team prüft es. Bitte kontaktieren Sie uns direkt mit den Details.',
      ],
    },
    praise: {
      warm: [
        'Vielen, vielen Dank! Schön, dass dir {topic} gefällt. So eine Nachricht freut uns sehr.',
        'Du hast uns den Tag versüßt! Danke für die netten Worte zu {topic}.',
        'Tausend Dank! Wir freuen uns, dass {topic} für dich passt.',
      ],
      neutral: [
        'Danke für dein Feedback zu {topic}. Schön, dass es für dich passt.',
        'Danke! Gut zu hören, wie es mit {topic} läuft.',
        'Danke, dass du das zu {topic} teilst. Wir wissen das zu schätzen.',
      ],
      formal: [
        'Vielen Dank für Ihre freundlichen Worte zu {topic}. Es freut uns, dass es Ihre Erwartungen erfüllt.',
        'Wir schätzen Ihr Feedback zu {topic}. Danke, dass Sie sich die Zeit genommen haben.',
        'Danke, dass Sie Ihre Erfahrung mit {topic} teilen. Das freut uns sehr.',
      ],
    },
    mention: {
      warm: [
        'Danke, dass du {brand} erwähnst! Schön, dass {topic} zur Sprache kommt. Frag uns gern, wenn du Fragen hast.',
        'Danke, dass du {topic} ansprichst! Wir erzählen gern mehr.',
        'Schön, {topic} hier in der Unterhaltung zu sehen. Danke für die Erwähnung!',
      ],
      neutral: [
        'Danke für die Erwähnung von {brand} und {topic}. Wir beantworten gern alle Fragen.',
        'Danke, dass du {topic} ansprichst. Sag Bescheid, wenn du mehr Details möchtest.',
        'Zu {topic}: Wir geben gern mehr Details, wenn das hilft.',
      ],
      formal: [
        'Vielen Dank für die Erwähnung von {brand}. Bei Fragen zu {topic} helfen wir Ihnen gern.',
        'Danke, dass Sie {topic} ansprechen. Lassen Sie uns wissen, ob wir weitere Informationen geben können.',
        'Wir freuen uns über die Erwähnung von {topic}. Kontaktieren Sie uns gern bei Fragen.',
        'Danke für Ihren Beitrag zu {topic}. Bei Fragen sind wir gern für Sie da.',
      ],
    },
    unanswered: {
      warm: [
        'Sorry, dass das so lange gedauert hat! Zu {topic}: Ich kläre das und melde mich heute.',
        'Danke für deine Geduld mit deiner Frage zu {topic}. Wir schauen uns das jetzt an.',
        'Hast du schon eine Antwort zu {topic} gefunden? Falls nicht, erzähl uns etwas mehr, dann helfen wir.',
      ],
      neutral: [
        'Wir greifen deine Frage zu {topic} auf. Wir prüfen das und antworten hier.',
        'Zu {topic}: Danke für deine Geduld. Kannst du uns ein paar Details mehr geben?',
        'Deine Frage zu {topic} ist bei uns angekommen. Eine Antwort folgt hier in Kürze.',
      ],
      formal: [
        'Vielen Dank für Ihre Geduld bezüglich {topic}. Wir prüfen Ihre Frage und antworten in Kürze.',
        'Wir kommen auf Ihre Frage zu {topic} zurück und antworten Ihnen hier.',
        'Zu {topic}: Bitte entschuldigen Sie die Verzögerung. Wir antworten in Kürze mit den Details.',
      ],
    },
    crisis: {
      warm: [
        'Wir hören euch zu {topic} und kümmern uns darum. Wir posten hier ein Update, sobald wir mehr wissen.',
        'Danke, dass ihr {topic} ansprecht. Unser Team schaut sich das gerade an. Updates folgen hier.',
        'Wir wissen, dass euch {topic} wichtig ist. Wir arbeiten daran und halten euch hier auf dem Laufenden.',
      ],
      neutral: [
        'Wir kennen die Meldungen zu {topic} und prüfen sie. Updates folgen hier.',
        'Wir untersuchen {topic} und teilen ein Update in diesem Thread.',
        'Danke für die Meldungen zu {topic}. Wir prüfen das und posten das nächste Update hier.',
      ],
      formal: [
        'Uns sind die Bedenken zu {topic} bekannt, und wir gehen ihnen nach. Wir informieren hier in Kürze.',
        'Danke, dass Sie {topic} ansprechen. Unser Team prüft die Angelegenheit und informiert hier.',
        'Wir nehmen die Meldungen zu {topic} ernst und veröffentlichen ein Update in diesem Thread.',
      ],
    },
  },
  stopwords:
    'kaputt defekt zwei drei vier fünf funktioniert weiß antwortet der die das den dem des ein eine einen einem einer eines und oder aber wenn dann weil als wie wo was wer wann warum welche welcher welches ist sind war waren sein bin bist hat habe hast haben hatte wird werden wurde kann können kannst muss müssen soll sollte will wollen möchte ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen mein meine meinen meinem dein deine sein seine unser unsere euer ihre ihr dieser diese dieses jener hier da dort in im an am auf aus bei mit nach von vom zu zum zur für über unter vor durch gegen ohne um nicht kein keine keinen noch schon auch nur sehr mehr viel viele immer nie nichts etwas alles alle jeder jede hallo danke hilfe bitte tipps tipp idee ideen frage fragen heute gestern morgen tag tage woche wochen jemand mal ja nein gut schlecht so',
  connectors: 'der die das des von vom für im',
  nounsCapitalised: true,
};
