/**
 * The engine's clock. Camunda 8.8 lets tests pin the clock through `PUT /v2/clock`; we honour the
 * same API, so timers, deadlines and dates can be driven deterministically.
 */
export class EngineClock {
  private pinnedAt: number | null = null;
  private listeners: Array<() => void> = [];

  now(): number {
    return this.pinnedAt ?? Date.now();
  }

  pin(epochMillis: number): void {
    this.pinnedAt = epochMillis;
    this.changed();
  }

  reset(): void {
    this.pinnedAt = null;
    this.changed();
  }

  isPinned(): boolean {
    return this.pinnedAt !== null;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

export const isoDate = (epochMillis: number): string => new Date(epochMillis).toISOString();
