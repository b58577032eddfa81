import { storage } from 'wxt/utils/storage';
import type { Alert } from '../insights/alerts';

/**
 * The alerts the worker last computed, for the panel to list (the toolbar badge counts them). A storage item beside
 * the others of lib/protocol/storage.ts, kept here because its type is the insights'. Not imported by code that runs
 * in Node: defining an item reaches for the browser's storage at once.
 */
export const alertsItem = storage.defineItem<Alert[]>('local:alerts', { fallback: [] });

/** What is stored, as alerts: anything but a list (an older or hand-edited value) is none. */
export const storedAlerts = (value: unknown): Alert[] => (Array.isArray(value) ? (value as Alert[]) : []);
