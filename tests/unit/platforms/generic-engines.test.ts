/**
 * The generic reader on forum engines no recipe names (hand-written pages imitating SMF, MyBB, NodeBB, Lemmy and
 * a GitHub-like issue tracker): what a person sees of each post — found once, by its author, at its time, in its own
 * words: not the earlier post it quotes, not the signature, not the poster's profile box, not the "similar topics"
 * list, the timeline events or the sidebar.
 */
import { describe, expect, it } from 'vitest';
import type { ObservedPost } from '../../../lib/model/post';
import { readFixture } from './fixture';

const seen = (p: ObservedPost) => ({ author: p.author.name, text: p.text, publishedAt: p.publishedAt });

describe('generic reader: forum engines it has no recipe for', () => {
  it('reads an SMF topic: replies without the quoted post or the signature, the topic heading as title, permalinks (generic-smf-topic.html)', () => {
    const { reader, posts } = readFixture('generic-smf-topic.html');
    expect(reader).toBe('generic');
    expect(posts.map(seen)).toEqual([
      {
        author: 'Gerd_aus_Fulda',
        text: 'Hallo zusammen,\n\nunsere Luft-Wasser-Wärmepumpe (9 kW, Baujahr 2022) schaltet bei Außentemperaturen um 8 °C alle zehn Minuten ein und wieder aus. Der Pufferspeicher hat 200 Liter, die Heizkurve steht auf 0,6.\n\nHat jemand eine Idee, woran das Takten liegen könnte?',
        publishedAt: '2024-03-11T19:44:05',
      },
      {
        author: 'Heike K.',
        text: 'Bei 8 °C ist die Maschine schlicht überdimensioniert. Prüf mal die Mindestlaufzeit im Installateurmenü und ob der Puffer überhaupt hydraulisch nötig ist. Oft hilft es, die Spreizung etwas größer zu stellen.',
        publishedAt: '2024-03-11T20:17:40',
      },
      {
        author: 'Jörg',
        text: 'Hatte ich genauso. Bei mir war es der Außenfühler an der Südseite – in der Sonne meldete er 15 °C. Seit er im Schatten hängt, läuft die Pumpe stundenlang durch.',
        publishedAt: '2024-03-12T07:03:12',
      },
      {
        author: 'Gerd_aus_Fulda',
        text: 'Volltreffer! Der Fühler hing direkt über der Terrasse. Umgesetzt, seitdem sind es drei Starts am Tag statt dreißig. Danke euch beiden!',
        publishedAt: '2024-03-13T18:30:00',
      },
    ]);
    // the site's name is the page's first h1; the topic's heading is the one its <title> repeats
    expect(posts[0]!.title).toBe('Wärmepumpe taktet ständig – was tun?');
    // the post's numbered wrapper (#msg51212 around .post_wrapper) is its permalink and id
    expect(posts.map((p) => p.url.split('#')[1])).toEqual(['msg51207', 'msg51212', 'msg51230', 'msg51244']);
    expect(posts[1]!.id).toBe('generic:forum.heizungsbastler.example/msg51212');
    expect(posts.slice(1).every((p) => p.parentId === posts[0]!.id)).toBe(true);
    const all = posts.map((p) => p.text).join('\n');
    for (const chrome of ['Zitat von', 'Gruß Gerd', 'Bitte keine Fragen per PN', 'Beiträge', 'Ähnliche Themen', 'Heizstab']) expect(all).not.toContain(chrome);
  });

  it('reads a MyBB thread: no quote, no signature, and the poster’s reputation is not the post’s score (generic-mybb-thread.html)', () => {
    const { reader, posts } = readFixture('generic-mybb-thread.html');
    expect(reader).toBe('generic');
    expect(posts.map((p) => ({ ...seen(p), metrics: p.metrics, id: p.id }))).toEqual([
      {
        id: 'generic:foro.ciclismourbano.example/post_30511',
        author: 'Nuria_Bcn',
        text: 'Buenas a todos:\n\nVoy al trabajo en bici todos los días (14 km por ciudad) y este invierno he pinchado cuatro veces. ¿Merece la pena pasarse a tubeless con líquido sellante o es más lío que otra cosa?',
        publishedAt: '2024-04-02T20:41:00',
        metrics: {},
      },
      {
        id: 'generic:foro.ciclismourbano.example/post_30519',
        author: 'Tomás el mecánico',
        text: 'Para ciudad, con cristales y grapas, el tubeless va de lujo: los pinchazos pequeños se sellan solos. Eso sí, hay que reponer el líquido cada tres o cuatro meses, que se seca.',
        publishedAt: '2024-04-02T21:15:00',
        metrics: {},
      },
      {
        id: 'generic:foro.ciclismourbano.example/post_30540',
        author: 'pau.rider',
        text: 'Yo volví a cámara. Con llantas que no son tubeless ready el montaje fue una pesadilla y perdía aire cada dos días. Depende mucho de la llanta.',
        publishedAt: '2024-04-03T07:02:00',
        metrics: {},
      },
    ]);
    const all = posts.map((p) => p.text).join('\n');
    for (const chrome of ['escribió', 'Brompton', 'Taller Radios', 'Mensajes', 'Temas similares', 'Líquido sellante casero', 'Marcos']) expect(all).not.toContain(chrome);
  });

  it('reads a NodeBB topic: the "@x said in …" quote and the signature are not the reply’s words (generic-nodebb-topic.html)', () => {
    const { reader, posts } = readFixture('generic-nodebb-topic.html');
    expect(reader).toBe('generic');
    expect(posts.map((p) => ({ ...seen(p), likes: p.metrics.likes }))).toEqual([
      {
        author: 'wren_k',
        text: 'I lubed my Durock stabilisers with dielectric grease last weekend and the spacebar now rattles worse than before. The wire clips in fine and the housings are clipped in properly.\n\nDid I use too little grease on the wire ends, or is it the wire itself? Photos below.',
        publishedAt: '2024-01-20T17:05:12.000Z',
        likes: 3,
      },
      {
        author: 'Okonkwo Ada',
        text: 'Almost certainly. Dielectric grease is fine on the housings, but the wire ends want a thick dab of something like Krytox 205g0 or even a bit of Permatex. Also check whether the wire is bent: roll it on a flat table.',
        publishedAt: '2024-01-20T19:15:00.000Z',
        likes: 7,
      },
      { author: 'wren_k', text: 'The wire was bent. Swapped it for a spare, added proper grease on the ends, and it is quiet now. Thanks!', publishedAt: '2024-01-21T08:30:00.000Z', likes: 1 },
      { author: 'm.lindqvist', text: 'Bookmarking this. Mine have the same tick on the left side of the spacebar.', publishedAt: '2024-01-21T18:00:00.000Z', likes: 0 },
    ]);
    expect(posts[0]!.title).toBe('Stabilisers rattle after lubing');
    // a reply's own id (data-pid), not a hash of its text (the topic is read from the page's posting wrapper)
    expect(posts.slice(1).map((p) => p.id)).toEqual(['4413', '4420', '4427'].map((n) => `generic:community.tinkerkeys.example/${n}`));
    const all = posts.map((p) => p.text).join('\n');
    for (const chrome of ['said in', 'Current board', 'Switch tester', 'Suggested Topics', 'switch puller', 'O-ring']) expect(all).not.toContain(chrome);
  });

  it('reads a Lemmy post and its nested comments: the submission first, dates from the tooltip behind "il y a 8 heures", the quote left out (generic-lemmy-post.html)', () => {
    const { reader, posts } = readFixture('generic-lemmy-post.html');
    expect(reader).toBe('generic');
    const [main, ...comments] = posts;
    expect({ ...seen(main!), title: main!.title, likes: main!.metrics.likes }).toEqual({
      author: 'camille_r',
      text: 'Je laisse mon vélo toute la journée devant la gare de Lille-Flandres. Mon antivol à câble a été coupé le mois dernier (heureusement sans le vélo…).\n\nEntre un U costaud et un pliant type Bordo, lequel tient le mieux face à une disqueuse ou une pince ? Le poids compte un peu, je fais 9 km matin et soir.',
      publishedAt: '2024-03-05T07:12:40',
      title: 'Antivol en U ou pliant pour la gare ?',
      likes: 48,
    });
    const id = (n: string) => `generic:lemmy.velotaf.example/comment-${n}`;
    expect(comments.map((p) => ({ ...seen(p), id: p.id, parentId: p.parentId, depth: p.depth }))).toEqual([
      {
        id: id('501233'),
        author: 'yannick',
        text: 'Un U de bonne marque, et surtout : attache le cadre ET la roue arrière à l’arceau. Les pliants se démontent plus facilement avec une pince coupante.',
        publishedAt: '2024-03-05T08:03:15',
        parentId: main!.id,
        depth: 0,
      },
      { id: id('501260'), author: 'camille_r', text: 'Avec un seul U ? Mon arceau est assez épais, je ne suis pas sûre que tout rentre.', publishedAt: '2024-03-05T08:40:02', parentId: id('501233'), depth: 1 },
      {
        id: id('501299'),
        author: 'yannick',
        text: 'Prends un modèle long (« Long Shackle »), ou ajoute un câble pour la roue avant. Un U court oblige à choisir.',
        publishedAt: '2024-03-05T09:15:47',
        parentId: id('501260'),
        depth: 2,
      },
      {
        id: id('501402'),
        author: 'sophie@lemmy.autre.example',
        text: 'Franchement, un vieux vélo moche et un antivol moyen, c’est ce qui marche le mieux en gare.',
        publishedAt: '2024-03-05T11:22:09',
        parentId: main!.id,
        depth: 0,
      },
    ]);
    // a comment's score is the count its label names ("31 points"), negative ones too
    expect(comments.map((p) => p.metrics.likes)).toEqual([31, 9, 12, -2]);
    const all = posts.map((p) => p.text).join('\n');
    for (const chrome of ['Répondre', 'Modérateurs', 'Publications similaires', 'Vol de selle', 'Pour parler vélotaf', 'Connectez-vous']) expect(all).not.toContain(chrome);
  });

  it('reads an issue tracker’s timeline: the opening comment as the topic, the comments with their exact times and anchors, not the label/commit/close events nor the sidebar (generic-github-issue.html)', () => {
    const { reader, posts } = readFixture('generic-github-issue.html');
    expect(reader).toBe('generic');
    expect(posts.map((p) => ({ ...seen(p), anchor: p.url.split('#')[1] }))).toEqual([
      {
        anchor: 'issue-2274001',
        author: 'rafaela-s',
        text: 'Ao abrir o mapa no Safari 17 (macOS Sonoma) a página fica em branco. No Firefox e no Chrome funciona normalmente.\n\nNo console aparece TypeError: undefined is not an object (evaluating \'navigator.storage.estimate\').\n\nPassos: abrir a página inicial, clicar em “Ver mapa”.',
        publishedAt: '2024-05-02T13:20:45Z',
      },
      {
        anchor: 'issuecomment-2090117',
        author: 'joao-pmarques',
        text: 'O Safari só expõe navigator.storage em contexto seguro. Você está acessando por http:// na rede local? Em produção deveria funcionar.',
        publishedAt: '2024-05-02T14:05:33Z',
      },
      {
        anchor: 'issuecomment-2091554',
        author: 'ines-costa',
        text: 'Corrigido no 9f3ab21: agora o mapa abre mesmo sem navigator.storage, só sem o cache offline. Obrigada pelo relato, @rafaela-s!',
        publishedAt: '2024-05-03T09:45:12Z',
      },
    ]);
    expect(posts[1]!.id).toBe('generic:git.cooperativa.example/issuecomment-2090117');
    // the opening comment is the issue itself: the others answer it
    expect(posts[0]!.title).toBe('Mapa não carrega no Safari 17 #318');
    expect(posts.slice(1).map((p) => p.parentId)).toEqual([posts[0]!.id, posts[0]!.id]);
    const all = posts.map((p) => p.text).join('\n');
    for (const chrome of ['added the', 'closed this', 'Protege chamada', 'Assignees', 'participants', 'Member', 'commented']) expect(all).not.toContain(chrome);
  });

  it('reads a Lobsters-like story: the submission with its text shown apart, nested replies, names marked as the author’s or a new user’s (generic-lobsters-story.html)', () => {
    const { reader, posts } = readFixture('generic-lobsters-story.html');
    expect(reader).toBe('generic');
    const [story, ...comments] = posts;
    expect(seen(story!)).toEqual({
      author: 'tess',
      text: 'Why we went back to SQLite\n\nAuthor here. We ran Postgres for four years for an app with one writer and a few hundred readers a day. Moving to SQLite with Litestream for backups cut our hosting bill by 80% and made local development trivial. Happy to answer questions about the migration.',
      publishedAt: '2024-02-11T15:14:22.000Z',
    });
    // the story's heading is an ARIA one (a span with role="heading"), repeated by the page's <title>
    expect(story!.title).toBe('Why we went back to SQLite');
    const id = (n: string) => `generic:crustacea.example/c_${n}`;
    expect(comments.map((p) => ({ ...seen(p), id: p.id, parentId: p.parentId, depth: p.depth }))).toEqual([
      {
        id: id('c8ah21'),
        author: 'mkaspar',
        text: 'How do you handle schema migrations that need to rewrite a big table? With a single writer I would expect long locks.',
        publishedAt: '2024-02-11T15:40:03.000Z',
        parentId: story!.id,
        depth: 0,
      },
      {
        id: id('p0z7m1'),
        author: 'tess',
        text: 'We copy the table in batches of 10k rows and swap names at the end. The app sees a lock of a few milliseconds, not minutes.',
        publishedAt: '2024-02-11T16:02:47.000Z',
        parentId: id('c8ah21'),
        depth: 1,
      },
      {
        id: id('w2n4d5'),
        author: 'bramvd',
        text: 'Hetzelfde gedaan bij ons op het werk. Het grootste voordeel: iedere ontwikkelaar heeft een volledige kopie van productie op zijn laptop.',
        publishedAt: '2024-02-11T17:15:30.000Z',
        parentId: story!.id,
        depth: 0,
      },
      { id: id('q9r1s3'), author: 'hotdbtakes', text: 'SQLite is a toy. Real companies use real databases.', publishedAt: '2024-02-11T17:58:12.000Z', parentId: story!.id, depth: 0 },
    ]);
    const all = posts.map((p) => p.text).join('\n');
    expect(all.split('With a single writer').length - 1, 'the quoted line only in the comment that wrote it').toBe(1);
    for (const chrome of ['Maintainer', 'troll', 'log in', 'Moderation Log', 'caches']) expect(all).not.toContain(chrome);
  });
});
