import type { Phrasebook } from './types';

export const it: Phrasebook = {
  lang: 'it',
  greeting: {
    warm: ['Ciao {author}!', 'Ciao {author},', 'Ehi {author},'],
    neutral: ['Ciao {author},', 'Salve {author},', '{author},'],
    formal: ['Buongiorno {author},', 'Gentile {author},', 'Salve {author},'],
  },
  greetingAnon: { warm: ['Ciao!', 'Ciao,'], neutral: ['Ciao,', 'Salve,'], formal: ['Buongiorno,', 'Salve,'] },
  replies: {
    question: {
      warm: [
        'Ottima domanda su {topic}! Mi informo e ti rispondo qui con i dettagli.',
        'Grazie per la domanda su {topic}. Ci racconti un po’ di più della tua situazione? Così ti aiutiamo meglio.',
        'Ti aiutiamo volentieri con {topic}! Cosa hai già provato? Ti diciamo cosa funziona per noi.',
      ],
      neutral: [
        'Grazie per la domanda su {topic}. Verifichiamo e rispondiamo qui con i dettagli.',
        'Riguardo a {topic}: puoi darci qualche dettaglio in più per una risposta precisa?',
        'Buona osservazione su {topic}. Ecco cosa sappiamo, e aggiungeremo altro appena possibile.',
      ],
      formal: [
        'La ringraziamo per la domanda su {topic}. La esamineremo e risponderemo qui con i dettagli.',
        'In merito a {topic}: potrebbe indicarci qualche dettaglio in più, così da darle una risposta esatta?',
        'Grazie per la sua domanda su {topic}. Il nostro team la sta esaminando e risponderà a breve.',
      ],
    },
    complaint: {
      warm: [
        'Grazie per averci parlato di {topic}, e scusa per il disagio. Ci scrivi un messaggio con i dettagli? Vogliamo sistemare le cose.',
        'Ti capiamo per {topic}. Risolviamo insieme: mandaci i dettagli in privato e controlliamo subito.',
        'Non è l’esperienza che vogliamo per te con {topic}. Scrivici in privato e troviamo una soluzione.',
      ],
      neutral: [
        'Grazie per la segnalazione su {topic}. Mandaci un messaggio privato con i dettagli e verifichiamo.',
        'Stiamo verificando {topic}. Puoi inviarci il numero di ordine o di account in privato?',
        'Preso nota di {topic}. Mandaci i dettagli in privato e ti rispondiamo oggi.',
      ],
      formal: [
        'La ringraziamo per averci segnalato {topic}. La invitiamo a inviarci i dettagli in un messaggio privato, così da verificare al più presto.',
        'Ci scusiamo per il disagio legato a {topic}. La preghiamo di inviarci i dettagli in privato per poterlo risolvere.',
        'Grazie per il suo riscontro su {topic}. Il nostro team lo esaminerà; la invitiamo a contattarci direttamente con i dettagli.',
      ],
    },
    praise: {
      warm: [
        'Grazie mille! Siamo felicissimi che {topic} ti piaccia. Messaggi così ci rallegrano la giornata.',
        'Ci hai fatto la giornata! Grazie per le belle parole su {topic}.',
        'Grazie davvero! Ci fa piacere sapere che {topic} funziona per te.',
      ],
      neutral: [
        'Grazie per il riscontro su {topic}. Ci fa piacere che funzioni per te.',
        'Grazie! Bello sapere della tua esperienza con {topic}.',
        'Grazie per aver condiviso questo su {topic}. Lo apprezziamo.',
      ],
      formal: [
        'La ringraziamo per le gentili parole su {topic}. Siamo lieti che soddisfi le sue aspettative.',
        'Apprezziamo il suo riscontro su {topic}. Grazie per il tempo dedicato a condividerlo.',
        'Grazie per aver condiviso la sua esperienza con {topic}. La apprezziamo molto.',
      ],
    },
    mention: {
      warm: [
        'Grazie per aver citato {brand}! Che bello vedere {topic} nella discussione. Se hai domande, siamo qui.',
        'Grazie per aver parlato di {topic}! Ti raccontiamo di più se sei curioso.',
        'Che bello vedere {topic} nella conversazione. Grazie per la menzione!',
      ],
      neutral: [
        'Grazie per aver citato {brand} e {topic}. Rispondiamo volentieri a ogni domanda.',
        'Grazie per aver parlato di {topic}. Facci sapere se vuoi più dettagli.',
        'Su {topic}: condividiamo volentieri più dettagli, se utili.',
      ],
      formal: [
        'La ringraziamo per aver citato {brand}. Per qualsiasi domanda su {topic}, siamo a sua disposizione.',
        'Grazie per aver sollevato {topic}. Ci faccia sapere se desidera ulteriori informazioni.',
        'Apprezziamo la menzione di {topic}. Non esiti a contattarci per qualsiasi domanda.',
      ],
    },
    unanswered: {
      warm: [
        'Scusa per l’attesa! Su {topic}: mi informo e ti rispondo oggi stesso.',
        'Grazie per la pazienza con la tua domanda su {topic}. Ci stiamo guardando ora.',
        'Hai già trovato una risposta su {topic}? Se no, raccontaci qualcosa in più e ti aiutiamo.',
      ],
      neutral: [
        'Riprendiamo la tua domanda su {topic}. Stiamo verificando e rispondiamo qui.',
        'Riguardo a {topic}: grazie per la pazienza. Puoi darci qualche dettaglio in più?',
        'Abbiamo letto la tua domanda su {topic}. Ti rispondiamo qui a breve.',
      ],
      formal: [
        'La ringraziamo per la pazienza riguardo a {topic}. Stiamo esaminando la sua domanda e risponderemo a breve.',
        'Rispondiamo presto alla domanda su {topic}, qui.',
        'In merito a {topic}: ci scusiamo per il ritardo e risponderemo con i dettagli a breve.',
      ],
    },
    crisis: {
      warm: [
        'Vi ascoltiamo su {topic} e ce ne stiamo occupando. Pubblicheremo un aggiornamento qui appena ne sapremo di più.',
        'Grazie per aver segnalato {topic}. Il nostro team sta verificando proprio ora; gli aggiornamenti seguiranno qui.',
        'Sappiamo che {topic} è importante per voi. Ci stiamo lavorando e vi terremo aggiornati qui.',
      ],
      neutral: [
        'Siamo a conoscenza delle segnalazioni su {topic} e le stiamo verificando. Gli aggiornamenti seguiranno qui.',
        'Stiamo analizzando {topic} e condivideremo un aggiornamento in questa discussione.',
        'Grazie per le segnalazioni su {topic}. Stiamo verificando e pubblicheremo qui il prossimo aggiornamento.',
      ],
      formal: [
        'Siamo a conoscenza delle preoccupazioni su {topic} e stiamo approfondendo. Condivideremo un aggiornamento qui a breve.',
        'Grazie per aver sollevato {topic}. Il nostro team sta esaminando la questione e aggiornerà qui.',
        'Prendiamo sul serio le segnalazioni su {topic} e pubblicheremo un aggiornamento in questa discussione.',
      ],
    },
  },
  stopwords:
    'risponde rispondono funziona sa sanno qualcuno il lo la i gli le un uno una e o ma se che di del della dei delle degli da dal dalla in nel nella nei con su sul sulla per tra fra a al alla ai è sono era ero essere stato ho hai ha abbiamo avete hanno io tu lui lei noi voi loro mi ti si ci vi mio mia miei mie tuo tua suo sua nostro nostra questo questa questi queste quello quella qui lì quando dove come cosa chi quale perché molto più meno già ancora anche solo niente qualcosa qualcuno nessuno tutto tutti ogni altro altra poco ciao grazie aiuto favore consiglio consigli idea idee domanda oggi ieri domani giorno giorni settimana settimane posso può possono fare faccio fa so sapere voglio vorrei continua volta volte non sì così bene male mai sempre',
  connectors: 'di del della da per in con',
};
