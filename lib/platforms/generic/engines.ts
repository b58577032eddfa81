import { visibleText } from '../dom';

/**
 * Named engines' markup, as recipes: Stack Exchange, Disqus, XenForo, phpBB, vBulletin, Invision, WordPress
 * comments and schema.org microdata. The fast path where a page is one of them; discovery covers the rest.
 */

export interface Scheme {
  name: string;
  item: string;
  text: string[];
  author: string[];
  date: string[];
  likes: string[];
  /** left out of the text (notices, signatures, quote headers) */
  skip?: string;
  /** items that hold the thread's main post */
  main?: string;
  /** posts nested in others only one way (Stack Exchange: comments under an answer) */
  depth?: (el: Element, scheme: Scheme) => number;
  /** an author found some other way than the selectors */
  authorOf?: (el: Element) => string | undefined;
  /** forums: the first post of a topic's first page is the topic itself, the rest answer it */
  firstIsMain?: boolean;
  /** fields found by the shape of class names rather than fixed selectors (comment blocks found on the page) */
  heuristic?: boolean;
}

/** Stack Exchange: the last signature is the owner's (the first may be the last editor's); wiki posts name the
 * main contributor in the revisions link. */
function stackAuthor(el: Element): string | undefined {
  const sigs = [...el.querySelectorAll('.post-signature')].filter((s) => s.closest('.answer, #question, .question') === el);
  const sig = sigs[sigs.length - 1];
  if (!sig) return undefined;
  const users = [...sig.querySelectorAll('.user-details a[href*="/users/"], .user-details [itemprop="name"]')];
  const last = users[users.length - 1];
  if (last) return visibleText(last).trim() || undefined;
  const revisions = sig.querySelector('.user-details a[href*="/revisions"]');
  const lines = revisions ? visibleText(revisions).split('\n').map((l) => l.trim()) : [];
  const name = lines.find((l) => l && !/\brevs?\b|\busers?\b|%/.test(l));
  if (name) return name;
  const details = [...sig.querySelectorAll('.user-details')].map((d) => visibleText(d).split('\n')[0]!.trim());
  return details.find((d) => d && !/community wiki/i.test(d));
}

export const SCHEMES: Scheme[] = [
  {
    name: 'stackexchange',
    item: '#question, .question[data-questionid], .answer[data-answerid], li.comment[data-comment-id], .comment[id^="comment-"]',
    main: '#question, .question',
    text: ['.js-post-body', '.post-text', '[itemprop="text"]', '.comment-copy'],
    author: ['.post-signature.owner .user-details a[href*="/users/"]', '.post-signature:last-of-type .user-details a[href*="/users/"]', '.user-details [itemprop="name"]', '.user-details a[href*="/users/"]', '.comment-user', '.user-details'],
    date: ['time[itemprop="dateCreated"]', '.comment-date [title]', '.user-action-time [title]'],
    likes: ['[itemprop="upvoteCount"]', '.js-vote-count', '.vote-count-post', '.comment-score'],
    skip: '.js-post-notice, aside.s-notice, .post-menu',
    authorOf: (el) => (el.matches('.comment, li.comment') ? undefined : stackAuthor(el)),
    depth: (el) => (el.matches('.comment, li.comment') && el.closest('.answer') ? 1 : 0),
  },
  {
    name: 'disqus',
    item: 'li.post[id^="post-"], .post[data-role="post"]',
    text: ['[data-role="message"]', '.post-message'],
    author: ['.author [data-username]', '.author a', '.author', '[data-role="username"]'],
    date: ['a.time-ago[title]', '[data-role="relative-time"]', 'time[datetime]'],
    likes: ['[data-role="likes"]', '.vote-up .count'],
  },
  {
    name: 'xenforo',
    firstIsMain: true,
    item: 'article.message--post, .message[data-author], li.message[id^="post-"]',
    text: ['.message-body .bbWrapper', '.bbWrapper', '.messageText', 'blockquote.messageText'],
    author: ['[data-author]', '.message-name .username', '.message-name', '.username'],
    date: ['time[datetime]', 'time[data-time]', '.DateTime[data-time]', '.DateTime[title]'],
    likes: ['.reactionsBar-link', '.LikeText'],
    skip: '.bbCodeBlock-title, .bbCodeBlock-expandLink, .message-signature, .js-selectToQuote',
  },
  {
    name: 'phpbb',
    firstIsMain: true,
    item: 'div.post[id^="p"], .post.bg1, .post.bg2, div[id^="p"].post',
    text: ['.postbody .content', '.content'],
    author: ['.author .username', '.author .username-coloured', '.author a[href*="memberlist"]', '.postprofile .username', '.username'],
    date: ['time[datetime]', '.author'],
    likes: ['.post-likes', '.likes-count'],
    skip: '.signature, .notice, cite',
  },
  {
    name: 'vbulletin',
    firstIsMain: true,
    item: 'li.postcontainer, li.postbitlegacy, div[id^="post_message_"]',
    text: ['.postcontent', 'blockquote.postcontent', '[id^="post_message_"]'],
    author: ['.username strong', '.username', 'a.bigusername'],
    date: ['.postdate .date', '.date'],
    likes: [],
  },
  {
    name: 'invision',
    firstIsMain: true,
    item: 'article.ipsComment, article[id^="elComment_"]',
    text: ['[data-role="commentContent"]', '.cPost_contentWrap .ipsType_richText', '.ipsType_richText'],
    author: ['.cAuthorPane_author', '[itemprop="author"] [itemprop="name"]', '.ipsType_break a'],
    date: ['time[datetime]'],
    likes: ['[data-role="reactCountText"]', '.ipsReact_reactCount'],
  },
  {
    name: 'wordpress',
    item: 'li.comment, div.comment[id^="comment-"], article.comment, li.pingback',
    text: ['.comment-content', '.comment-text', '.commententry', '.comment-entry', '.comment-body > p', '.comment-body'],
    author: ['.comment-author .fn', '.comment-author cite', '.comment-author', '.fn'],
    date: ['.comment-metadata time[datetime]', 'time[datetime]', '.comment-meta a', '.commentmetadata a'],
    likes: ['.comment-likes-count', '.comment-karma'],
    skip: '.reply, .comment-reply-link, .says',
  },
  {
    name: 'microdata',
    item: '[itemtype$="/Comment"], [itemtype$="/DiscussionForumPosting"], [itemtype$="/SocialMediaPosting"], [itemtype$="/Answer"], [itemtype$="/Question"]',
    main: '[itemtype$="/Question"], [itemtype$="/DiscussionForumPosting"]:not([itemprop="comment"])',
    text: ['[itemprop="text"]', '[itemprop="commentText"]', '[itemprop="articleBody"]', '[itemprop="description"]'],
    author: ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"] [itemprop="alternateName"]', '[itemprop="author"]', '[itemprop="creator"] [itemprop="name"]'],
    date: ['[itemprop="dateCreated"]', '[itemprop="datePublished"]', 'time[datetime]'],
    likes: ['[itemprop="upvoteCount"]'],
  },
];
