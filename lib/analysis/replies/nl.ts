import type { Phrasebook } from './types';

// {topic} may be singular or plural: no template makes it the subject of a verb, which would have to agree with it.
export const nl: Phrasebook = {
  lang: 'nl',
  greeting: {
    warm: ['Hoi {author}!', 'Hoi {author},', 'Hé {author},'],
    neutral: ['Hoi {author},', 'Hallo {author},', '{author},'],
    formal: ['Beste {author},', 'Goedendag {author},'],
  },
  greetingAnon: { warm: ['Hoi!', 'Hallo!'], neutral: ['Hallo,', 'Hoi,'], formal: ['Goedendag,', 'Goedendag!'] },
  replies: {
    question: {
      warm: [
        'Goede vraag over {topic}! Ik zoek het uit en laat het je hier weten.',
        'Bedankt voor je vraag over {topic}. Kun je iets meer over je situatie vertellen? Dan helpen we je gericht verder.',
        'We helpen je graag met {topic}! Wat heb je al geprobeerd? Dan delen we wat bij ons werkt.',
      ],
      neutral: [
        'Bedankt voor de vraag over {topic}. We zoeken het uit en antwoorden hier met de details.',
        'Over {topic}: kun je ons wat meer details geven? Dan kunnen we precies antwoorden.',
        'Goed punt over {topic}. We kijken ernaar en vullen hier binnenkort aan.',
      ],
      formal: [
        'Hartelijk dank voor uw vraag over {topic}. We zoeken dit uit en antwoorden u hier.',
        'Over {topic}: zou u ons iets meer details kunnen geven? Dan kunnen we u precies antwoorden.',
        'Dank u voor uw vraag over {topic}. Ons team bekijkt het en komt er snel op terug.',
      ],
    },
    complaint: {
      warm: [
        'Bedankt dat je ons over {topic} vertelt, en sorry voor het ongemak. Stuur je ons een bericht met de details? We willen het graag oplossen.',
        'We snappen je punt over {topic}. Laten we het samen oplossen: stuur ons de details in een privébericht, dan kijken we meteen.',
        'Zo hoort het niet te gaan met {topic}. Stuur ons een bericht, dan zoeken we samen een oplossing.',
      ],
      neutral: [
        'Bedankt voor je melding over {topic}. Stuur ons een privébericht met de details, dan kijken we ernaar.',
        'We bekijken {topic}. Kun je ons je bestel- of klantnummer in een privébericht sturen?',
        'Genoteerd: {topic}. Stuur ons de details in een privébericht, dan reageren we vandaag nog.',
      ],
      formal: [
        'Hartelijk dank voor uw melding over {topic}. Wilt u ons de details in een privébericht sturen? Dan zoeken we het direct uit.',
        'Onze excuses voor het ongemak met {topic}. Stuurt u ons de details in een privébericht, dan lossen we het op.',
        'Dank u voor uw feedback over {topic}. Ons team bekijkt het; neemt u gerust rechtstreeks contact met ons op.',
      ],
    },
    praise: {
      warm: [
        'Heel erg bedankt! Fijn dat je zo blij bent met {topic}. Zo’n bericht maakt onze dag.',
        'Je hebt onze dag goed gemaakt! Bedankt voor de mooie woorden over {topic}.',
        'Duizendmaal dank! Leuk om te horen dat je tevreden bent over {topic}.',
      ],
      neutral: [
        'Bedankt voor je feedback over {topic}. Fijn dat het voor je werkt.',
        'Bedankt! Mooi om te lezen wat je over {topic} schrijft.',
        'Bedankt dat je dit over {topic} deelt. We waarderen het.',
      ],
      formal: [
        'Hartelijk dank voor uw vriendelijke woorden over {topic}. Het doet ons genoegen dat het aan uw verwachtingen voldoet.',
        'We waarderen uw feedback over {topic}. Dank u dat u de tijd nam om het te delen.',
        'Dank u voor het delen van uw ervaring met {topic}. Dat waarderen we zeer.',
      ],
    },
    mention: {
      warm: [
        'Bedankt dat je {brand} noemt! Leuk om te lezen over {topic}. Heb je vragen, laat het ons weten.',
        'Bedankt dat je {topic} noemt! We vertellen je er graag meer over.',
        'Leuk om {topic} hier in het gesprek te zien. Bedankt voor de vermelding!',
      ],
      neutral: [
        'Bedankt voor het noemen van {brand} en {topic}. We beantwoorden graag al je vragen.',
        'Bedankt dat je {topic} noemt. Laat het weten als je meer details wilt.',
        'Over {topic}: we delen graag meer details als dat helpt.',
      ],
      formal: [
        'Hartelijk dank voor het noemen van {brand}. Voor vragen over {topic} staan we graag voor u klaar.',
        'Dank u dat u {topic} ter sprake brengt. Laat u ons weten of we meer informatie kunnen geven.',
        'We waarderen de vermelding van {topic}. Neemt u gerust contact met ons op als u vragen heeft.',
      ],
    },
    unanswered: {
      warm: [
        'Sorry dat het zo lang duurde! Over {topic}: ik zoek het uit en laat vandaag nog van me horen.',
        'Bedankt voor je geduld met je vraag over {topic}. We kijken er nu naar.',
        'Heb je al een antwoord over {topic} gevonden? Zo niet, vertel ons iets meer, dan helpen we je.',
      ],
      neutral: [
        'We pakken je vraag over {topic} op. We zoeken het uit en antwoorden hier.',
        'Over {topic}: bedankt voor je geduld. Kun je ons wat meer details geven?',
        'Je vraag over {topic} is bij ons aangekomen. Een antwoord volgt hier binnenkort.',
      ],
      formal: [
        'Hartelijk dank voor uw geduld met betrekking tot {topic}. We bekijken uw vraag en antwoorden binnenkort.',
        'We komen terug op uw vraag over {topic} en antwoorden u hier.',
        'Over {topic}: excuses voor de vertraging. We antwoorden binnenkort met de details.',
      ],
    },
    crisis: {
      warm: [
        'We horen jullie over {topic} en pakken het op. We plaatsen hier een update zodra we meer weten.',
        'Bedankt dat jullie {topic} melden. Ons team kijkt er nu naar; updates volgen hier.',
        'We weten hoeveel jullie om {topic} geven. We werken eraan en houden jullie hier op de hoogte.',
      ],
      neutral: [
        'We kennen de meldingen over {topic} en zoeken ze uit. Updates volgen hier.',
        'We onderzoeken {topic} en delen een update in deze draad.',
        'Bedankt voor de meldingen over {topic}. We zoeken het uit en plaatsen de volgende update hier.',
      ],
      formal: [
        'We zijn op de hoogte van de zorgen over {topic} en onderzoeken deze. We informeren u hier binnenkort.',
        'Dank u dat u {topic} ter sprake brengt. Ons team onderzoekt de kwestie en informeert u hier.',
        'We nemen de meldingen over {topic} serieus en plaatsen een update in deze draad.',
      ],
    },
  },
  stopwords:
    'kapot stuk twee drie vier vijf werkt werken weet weten antwoordt reageert reageren gebruiken gebruik gebruikt melden meldt gemeld veranderen wijzigen kopen krijgen gaan gaat doen doet maken maakt zien ziet vinden vindt komen komt staat staan zit zitten laten geldig aangekomen sinds nu wel weer even gewoon toch steeds echt top vanochtend vanmiddag vanavond de het een en of maar als dan want omdat dat die dit deze wie wat waar wanneer waarom hoe welke welk is zijn was waren ben bent heb hebt heeft hebben had hadden wordt worden werd kan kunnen kun kunt moet moeten zal zullen zou zouden wil wilt willen mag ik jij je u hij zij ze wij we jullie mij me mijn jouw jou uw haar ons onze hun hem hen in op aan bij met naar van voor over onder uit door tegen zonder om tot niet geen nog al ook alleen heel erg zeer meer veel altijd nooit niets iets alles alle elke ieder hier daar er hallo hoi dank bedankt hulp help alsjeblieft alstublieft tips tip idee ideeën vraag vragen vandaag gisteren morgen dag dagen week weken iemand eens ja nee goed slecht zo',
  connectors: 'van de het voor in op',
  // Dutch contracts no article with a preposition ("over de batterij"), so articles are kept with the topic.
  determiners: { de: 'de', het: 'het', mijn: 'je', deze: 'deze', dit: 'dit' },
  formalDeterminers: { mijn: 'uw' },
};
