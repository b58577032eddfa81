import { describe, expect, it } from 'vitest';
import { discourse } from '../../../lib/platforms/discourse';
import { extractPage } from '../../../lib/platforms/extract';
import { brief, fixtureDoc, readFixture } from './fixture';

const TOPIC = 'https://forum.example.net/t/how-do-you-label-flaky-tests/4821';

describe('Discourse reader on a topic (discourse-topic.html)', () => {
  const { reader, posts } = readFixture('discourse-topic.html');

  it('is recognised by its generator tag and reads the numbered posts; reply-to tabs give parents', () => {
    expect(reader).toBe('discourse');
    expect(discourse.matches).toEqual([]);
    expect(posts.map(brief)).toEqual([
      {
        id: 'discourse:forum.example.net/4821/1',
        platform: 'discourse',
        url: `${TOPIC}/1`,
        community: 'forum.example.net',
        author: { name: 'Anna Berg', handle: 'anna' },
        title: 'How do you label flaky tests?',
        text: 'We quarantine flaky tests with a @flaky tag and a ticket link. How do your teams track them?',
        publishedAt: '2024-10-01T09:00:00.000Z',
        metrics: { likes: 12 },
      },
      {
        id: 'discourse:forum.example.net/4821/2',
        platform: 'discourse',
        url: `${TOPIC}/2`,
        community: 'forum.example.net',
        author: { name: 'bjorn', handle: 'bjorn' },
        text: 'We track a flakiness score per test in CI and fail the build above 5%.',
        publishedAt: '2024-10-01T11:30:00.000Z',
        metrics: { likes: 4 },
        parentId: 'discourse:forum.example.net/4821/1',
        depth: 0,
      },
      {
        id: 'discourse:forum.example.net/4821/3',
        platform: 'discourse',
        url: `${TOPIC}/3`,
        community: 'forum.example.net',
        author: { name: 'Anna Berg', handle: 'anna' },
        text: 'A score is a great idea, stealing that!',
        publishedAt: '2024-10-02T08:15:00.000Z',
        metrics: {},
        parentId: 'discourse:forum.example.net/4821/2',
        depth: 1,
      },
    ]);
  });

  it('reads the crawler view (schema.org microdata) the same way', () => {
    const html = `<html lang="en"><head><meta name="generator" content="Discourse 3.1.0"></head><body>
      <noscript data-path="/t/x/77"><div id="main-outlet">
        <div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post">
          <div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/zed"><span itemprop="name">zed</span></a> (Zed Q)</span>
          <span class="crawler-post-infos"><time itemprop="datePublished" datetime="2023-05-01T10:00:00Z" class="post-time">May 1</time><span itemprop="position">#1</span></span></div>
          <div class="post" itemprop="articleBody"><p>Crawler copy of the first post.</p></div>
          <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="3" /><span class="post-likes">3 Likes</span></div>
        </div>
      </div></noscript></body></html>`;
    const { reader, posts } = extractPage(html, 'https://talk.example.com/t/x/77');
    expect(reader).toBe('discourse');
    expect(posts.map(brief)).toEqual([
      {
        id: 'discourse:talk.example.com/77/1',
        platform: 'discourse',
        url: 'https://talk.example.com/t/x/77/1',
        community: 'talk.example.com',
        author: { name: 'Zed Q', handle: 'zed' },
        text: 'Crawler copy of the first post.',
        publishedAt: '2023-05-01T10:00:00Z',
        metrics: { likes: 3 },
      },
    ]);
  });

  it('finds the composer', () => {
    expect(fixtureDoc('discourse-topic.html').querySelector(discourse.composerSelector!)?.classList.contains('d-editor-input')).toBe(true);
  });
});
