import { describe, expect, it } from 'vitest';
import { addDays, addMonths, keyMove, lastOfMonth, monthWeeks, weekday } from './calendar-grid';

describe('calendar grid', () => {
  it('lays a month out in Monday-first weeks', () => {
    // 1 July 2024 was a Monday; 31 July a Wednesday.
    const weeks = monthWeeks('2024-07');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      '2024-07-01',
      '2024-07-02',
      '2024-07-03',
      '2024-07-04',
      '2024-07-05',
      '2024-07-06',
      '2024-07-07',
    ]);
    expect(weeks[4]).toEqual(['2024-07-29', '2024-07-30', '2024-07-31', null, null, null, null]);
    // September 2024 starts on a Sunday: six blanks first.
    expect(monthWeeks('2024-09')[0]).toEqual([null, null, null, null, null, null, '2024-09-01']);
    expect(
      monthWeeks('2024-09')
        .flat()
        .filter((d) => d !== null),
    ).toHaveLength(30);
  });

  it('knows month ends and leap years', () => {
    expect(lastOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastOfMonth('2023-02')).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -13)).toBe('2023-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(weekday('2024-07-07')).toBe(6);
  });

  it('moves the focused day as the grid keys say', () => {
    expect(keyMove('2024-07-10', 'ArrowRight')).toBe('2024-07-11');
    expect(keyMove('2024-07-01', 'ArrowLeft')).toBe('2024-06-30');
    expect(keyMove('2024-07-10', 'ArrowDown')).toBe('2024-07-17');
    expect(keyMove('2024-07-10', 'Home')).toBe('2024-07-08');
    expect(keyMove('2024-07-10', 'End')).toBe('2024-07-14');
    expect(keyMove('2024-07-10', 'PageDown')).toBe('2024-08-10');
    expect(keyMove('2024-07-10', 'PageUp', true)).toBe('2023-07-10');
    expect(keyMove('2024-07-10', 'a')).toBeNull();
  });
});
