/**
 * A search field as a WAI-ARIA combobox (the "list autocomplete" pattern): the input has
 * role="combobox" and controls a listbox of role="option" hits; arrows move the active hit,
 * Enter chooses it, Escape closes the list. Hits come from the API's `search`, which forgives
 * case, accents and a small typo, and also matches abbreviations and former names.
 */
import { ApiError, describeError, query } from './api.js';
import { SearchDocument } from './documents.js';
import { h } from './dom.js';
import type { ExplorerSearchQuery } from './gql/graphql.js';
import { kindOf } from './model.js';

export type Hit = ExplorerSearchQuery['search'][number];

const HITS = 8;
const DEBOUNCE_MS = 150;

let instances = 0;

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLElement;
  private hits: Hit[] = [];
  private active = -1;
  private timer: number | undefined;
  private inFlight: AbortController | null = null;

  constructor(
    input: HTMLInputElement,
    private readonly onChoose: (hit: Hit) => void,
  ) {
    const id = `search-${++instances}`;
    this.input = input;
    this.listbox = h('ul', { id: `${id}-hits`, role: 'listbox', class: 'hits', hidden: true });
    this.status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.listbox.id);
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    input.after(this.listbox, this.status);
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => {
      // After a click on a hit, which lands on the list once the input has lost focus.
      setTimeout(() => this.close(), 150);
    });
    input.addEventListener('focus', () => {
      if (this.hits.length > 0) this.open();
    });
  }

  clear(): void {
    this.input.value = '';
    this.hits = [];
    this.close();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.search(this.input.value.trim()), DEBOUNCE_MS);
  }

  private async search(text: string): Promise<void> {
    this.inFlight?.abort();
    if (text.length === 0) {
      this.hits = [];
      this.close();
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const { data } = await query(SearchDocument, { text, first: HITS }, controller.signal);
      if (controller.signal.aborted) return;
      this.hits = data?.search ?? [];
      this.render();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.hits = [];
      this.renderMessage(
        error instanceof ApiError ? error.details.map(describeError).join(' ') || error.message : String(error),
      );
    }
  }

  private render(): void {
    this.active = this.hits.length > 0 ? 0 : -1;
    if (this.hits.length === 0) {
      this.renderMessage(`Nothing matches “${this.input.value.trim()}”.`);
      return;
    }
    this.listbox.replaceChildren(
      ...this.hits.map((hit, index) => {
        const kind = kindOf(hit.entity.kind);
        return h(
          'li',
          {
            id: `${this.listbox.id}-${index}`,
            role: 'option',
            'aria-selected': 'false',
            'data-slug': hit.entity.slug,
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => this.choose(index),
          },
          h('span', { class: 'dot', style: `background:${kind.color}`, 'aria-hidden': 'true' }),
          h('span', { class: 'hit-name' }, hit.entity.name),
          h('span', { class: 'hit-kind' }, kind.label),
          hit.matched !== hit.entity.name ? h('span', { class: 'hit-matched' }, `matched “${hit.matched}”`) : null,
        );
      }),
    );
    this.status.textContent = `${this.hits.length} ${this.hits.length === 1 ? 'match' : 'matches'}`;
    this.open();
    this.highlight();
  }

  private renderMessage(message: string): void {
    this.active = -1;
    this.listbox.replaceChildren(h('li', { class: 'hits-message', 'aria-disabled': 'true' }, message));
    this.status.textContent = message;
    this.open();
  }

  private open(): void {
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private highlight(): void {
    const options = this.listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, index) => {
      option.setAttribute('aria-selected', String(index === this.active));
    });
    const current = options[this.active];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.hits.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      if (this.listbox.hidden) this.open();
      this.active = (this.active + 1) % count;
      this.highlight();
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      this.active = (this.active - 1 + count) % count;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0 && !this.listbox.hidden) this.choose(this.active);
    } else if (event.key === 'Escape') {
      if (!this.listbox.hidden) {
        event.preventDefault();
        this.close();
      } else {
        this.input.value = '';
      }
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.clear();
    this.onChoose(hit);
  }
}
