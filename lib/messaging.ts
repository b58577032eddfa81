import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './model/messages';

// Type-only import of the protocol: content scripts must not pull zod into their bundle.
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
