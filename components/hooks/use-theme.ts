import { useEffect } from 'react';
import type { Settings } from '../../lib/model/settings';

/** Puts `dark` on <html> from the setting, or from prefers-color-scheme (followed live) when it says "system". */
export function useTheme(theme: Settings['theme'] | undefined): void {
  useEffect(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = theme === 'dark' || ((theme ?? 'system') === 'system' && media.matches);
      document.documentElement.classList.toggle('dark', dark);
      document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
