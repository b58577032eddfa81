import { browser } from 'wxt/browser';
import { onMessage } from './client';
import { type Answer, CONTRACT, type MessageType } from './contract';
import { errorAnswer, type SenderInfo } from './dispatch';
import { isWireMessage, wireAnswer } from './wire';

/**
 * Listens for every message of the contract and answers through `dispatch`; anything that is not a message of
 * the contract at all still gets an answer, never silence or a throw.
 */
export function serve(dispatch: (type: MessageType, data: unknown, sender: SenderInfo) => Promise<Answer<MessageType>>): void {
  for (const type of Object.keys(CONTRACT) as MessageType[]) {
    // The library types each listener's answer by its own message; the dispatcher answers for all of them.
    onMessage(type, ({ data, sender }) => dispatch(type, data, { id: sender.id, tabId: sender.tab?.id, url: sender.url }) as never);
  }
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    if (isWireMessage(message) && Object.hasOwn(CONTRACT, message.type)) return false;
    console.warn('[rapport] rejected a message that is not part of the protocol');
    sendResponse(wireAnswer(errorAnswer('unknown-type', 'This message is not part of the Rapport protocol.')));
    return false;
  });
}
