/**
 * What makes a post a complaint, in every covered language (en de es fr it pt), as data:
 * - a failure the writer reports (something does not work, nobody answers, a refund or a charge): a complaint
 *   whatever the tone words say, since "personne ne répond jamais ici" carries no lexicon word;
 * - a negative verdict on the community or the product: a negative word in the same sentence as one of the
 *   things a community manager answers for (the forum, the app, the support, the moderators, an update).
 * A negative word alone names a topic as often as a grievance ("our chairman reviews every ban", "cancer",
 * "war"): without a failure or a target a post is a complaint only when several negative words make it an outburst.
 * Patterns are tried in every language, whatever the detected one: detection errs on short posts, and posts mix
 * languages.
 */

/** Reported failures: service, waiting, unanswered, broken, money. */
export const FAILURES: Record<string, string[]> = {
  en: [
    'refund', 'charged twice', 'never arrived', 'still waiting', 'no response', 'no reply', 'no answer', 'not working', "doesn'?t work", "don'?t work",
    "isn'?t working", 'stopped working', 'keeps crashing', 'crash(?:es|ed|ing)?', 'broken', 'scam', 'cancel(?:led)? my', 'customer service',
    '(?:nobody|no one|noone) (?:here )?(?:ever )?(?:answers|replies|responds|helps|cares)', 'waste of (?:time|money)', 'getting worse', 'went downhill',
  ],
  de: [
    'rückerstattung', 'geld zurück', 'funktioniert (?:gar |immer noch |einfach )?nicht', 'geht (?:gar |immer noch )?nicht', 'stürzt (?:ständig |dauernd |immer )?ab',
    'keine antwort', 'niemand (?:hier )?(?:antwortet|hilft|reagiert)', 'keiner (?:hier )?(?:antwortet|hilft|reagiert)', 'warte (?:immer )?noch', 'doppelt abgebucht',
    'wird immer schlechter', 'zeitverschwendung', 'abzocke', 'kaputt',
  ],
  es: [
    'reembolso', 'no funciona', 'ya no funciona', 'se cuelga', 'se bloquea', 'sin respuesta', 'nadie (?:me |te |nos )?(?:responde|contesta|ayuda)',
    'sigo esperando', 'cobrado dos veces', 'cada vez peor', 'pérdida de tiempo', 'estafa', 'roto',
  ],
  fr: [
    'remboursement', 'rembourser', 'ne (?:marche|fonctionne) (?:pas|plus)', 'plante', 'bugu[ée]', 'aucune réponse', 'pas de réponse', 'sans réponse',
    "personne ne (?:me |nous |vous )?(?:répond|réponds|aide|lit)", "j'attends toujours", 'toujours en attente', 'débité deux fois', 'de pire en pire',
    'perte de temps', 'arnaque', 'cassé',
  ],
  it: [
    'rimborso', 'non funziona', 'si blocca', 'nessuna risposta', 'nessuno (?:mi |ci )?(?:risponde|aiuta)', 'sto ancora aspettando', 'sempre peggio',
    'perdita di tempo', 'truffa', 'rotto',
  ],
  pt: [
    'reembolso', 'não funciona', 'parou de funcionar', 'trava', 'sem resposta', 'ninguém (?:me |nos )?(?:responde|ajuda)', 'ainda (?:estou )?esperando',
    'cobrado duas vezes', 'cada vez pior', 'perda de tempo', 'golpe', 'quebrado',
  ],
};

/** What a community manager answers for: the community, its people and its product. */
export const TARGETS: Record<string, string[]> = {
  en: ['forum', 'community', 'site', 'website', 'app', 'application', 'product', 'service', 'support', 'mods?', 'moderators?', 'moderation', 'admins?', 'update', 'release', 'version', 'platform', 'your (?:team|company|staff)', 'this place'],
  de: ['forum', 'community', 'gemeinschaft', 'seite', 'webseite', 'website', 'app', 'anwendung', 'produkt', 'service', 'kundendienst', 'support', 'mods?', 'moderatoren', 'moderation', 'admins?', 'update', 'version', 'plattform'],
  es: ['foro', 'comunidad', 'sitio', 'web', 'página', 'app', 'aplicación', 'producto', 'servicio', 'soporte', 'moderadores', 'moderación', 'administradores', 'actualización', 'versión', 'plataforma'],
  fr: ['forum', 'communauté', 'site', 'appli', 'application', 'produit', 'service', 'support', 'sav', 'modos?', 'modérateurs?', 'modération', 'admins?', 'mise à jour', 'version', 'plateforme'],
  it: ['forum', 'comunità', 'sito', 'app', 'applicazione', 'prodotto', 'servizio', 'assistenza', 'supporto', 'moderatori', 'moderazione', 'aggiornamento', 'versione', 'piattaforma'],
  pt: ['fórum', 'forum', 'comunidade', 'site', 'app', 'aplicativo', 'aplicação', 'produto', 'serviço', 'suporte', 'moderadores', 'moderação', 'atualização', 'versão', 'plataforma'],
};

/** Negative words an outburst needs without a failure or a target. */
export const OUTBURST_WORDS = 2;
