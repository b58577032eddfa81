/** Which kind of reply an opportunity calls for. Kept apart from the suggestions so the panel can offer a reply without loading the analysis. */
import type { ReplyKind } from './replies/types';

/** Opportunity types (post- and thread-level) mapped to the kind of reply they call for; others get none. */
const KIND_OF: Record<string, ReplyKind> = {
  question: 'question',
  complaint: 'complaint',
  praise: 'praise',
  'brand-mention': 'mention',
  'competitor-mention': 'mention',
  'keyword-mention': 'mention',
  'influential-author': 'mention',
  mention: 'mention',
  unanswered: 'unanswered',
  'negative-spike': 'crisis',
  crisis: 'crisis',
};

export function replyKind(opportunityType: string): ReplyKind | undefined {
  return KIND_OF[opportunityType];
}
