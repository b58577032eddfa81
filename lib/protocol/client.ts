import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './contract';

// Type-only import of the contract: content scripts must not pull zod into their bundle.
/** Messages to the background worker, typed by the contract: `sendMessage('capture', { postIds })`. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
