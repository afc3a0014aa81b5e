import { describe, expect, it } from 'vitest';
import { componentHash, dashboardHash, parseRoute } from './route';

describe('parseRoute', () => {
  it('reads the dashboard and its class filter in any case', () => {
    expect(parseRoute('')).toEqual({ kind: 'dashboard', filter: 'ALL' });
    expect(parseRoute('#/')).toEqual({ kind: 'dashboard', filter: 'ALL' });
    expect(parseRoute('#/?class=nic')).toEqual({ kind: 'dashboard', filter: 'NIC' });
    expect(parseRoute('#/?class=DRIVE')).toEqual({ kind: 'dashboard', filter: 'DRIVE' });
  });

  it('shows everything for a class it does not know', () => {
    expect(parseRoute('#/?class=ssd')).toEqual({ kind: 'dashboard', filter: 'ALL' });
  });

  it('reads a component and the port whose history is open', () => {
    expect(parseRoute('#/components/19')).toEqual({ kind: 'detail', id: '19', port: null });
    expect(parseRoute('#/components/19?port=1')).toEqual({ kind: 'detail', id: '19', port: 1 });
    expect(parseRoute('#/components/19?port=x')).toEqual({ kind: 'detail', id: '19', port: null });
    expect(parseRoute('#/components/a%20b')).toEqual({ kind: 'detail', id: 'a b', port: null });
  });

  it('round-trips the hashes it builds', () => {
    expect(dashboardHash('HBA')).toBe('#/?class=hba');
    expect(dashboardHash('ALL')).toBe('#/');
    expect(parseRoute(dashboardHash('OTHER'))).toEqual({ kind: 'dashboard', filter: 'OTHER' });
    expect(componentHash('19', 0)).toBe('#/components/19?port=0');
    expect(parseRoute(componentHash('a b', 3))).toEqual({ kind: 'detail', id: 'a b', port: 3 });
  });
});
