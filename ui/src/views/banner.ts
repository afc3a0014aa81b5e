import { ApiError } from '../api/client';
import { clear, h } from '../dom';

/** The visible error banner; one message per source, cleared when that source succeeds again. */
export class Banner {
  private readonly messages = new Map<string, { title: string; detail: string }>();

  constructor(private readonly el: HTMLElement) {}

  show(source: string, error: unknown): void {
    if (error instanceof ApiError) this.messages.set(source, { title: error.title, detail: error.detail });
    else this.messages.set(source, { title: 'Unexpected error', detail: String(error) });
    this.render();
  }

  clear(source: string): void {
    if (this.messages.delete(source)) this.render();
  }

  private render(): void {
    clear(this.el);
    this.el.hidden = this.messages.size === 0;
    for (const [source, m] of this.messages) {
      this.el.appendChild(
        h('div', { className: 'banner-item', 'data-source': source },
          h('strong', { 'data-testid': 'error-title' }, m.title),
          m.detail ? h('span', { 'data-testid': 'error-detail' }, m.detail) : null,
          h('button', { className: 'banner-close', type: 'button', 'aria-label': 'Dismiss', onclick: () => this.clear(source) }, '×'),
        ),
      );
    }
  }
}
