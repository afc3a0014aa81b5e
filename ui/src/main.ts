import './style.css';
import { App } from './app';

function required(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`index.html lacks ${selector}`);
  return el;
}

new App(required('#view'), required('#banner'), required('[data-testid="live-indicator"]'), required('[data-testid="platform-name"]')).start();
