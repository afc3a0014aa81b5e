import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';

describe('Backoff', () => {
  it('doubles the delay after each failure up to the cap', () => {
    const b = new Backoff(1000, 8000);
    expect([b.next(), b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('starts again from the initial delay after a reset', () => {
    const b = new Backoff(500, 30000);
    b.next();
    b.next();
    b.reset();
    expect(b.next()).toBe(500);
  });
});
