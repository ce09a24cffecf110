import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { fixtureResolver, policy } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

describe('PolicyPage', () => {
  it('shows the title, issuer, link, preamble and the measures of each section', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/policy', client);
    expect((await screen.findByTestId('policy-title')).textContent).toBe(
      '关于加快推进脑机接口产业发展的若干措施',
    );
    expect(screen.getByText('江西省人民政府办公厅')).toBeTruthy();
    expect(screen.getByText('https://www.jiangxi.gov.cn/policy').getAttribute('href')).toBe(
      'https://www.jiangxi.gov.cn/policy',
    );
    expect(screen.getByTestId('policy-preamble').textContent).toContain('为加快脑机接口产业发展');
    expect(screen.getByTestId('section-1').textContent).toContain('一、强化创新');
    expect(screen.getByTestId('measure-1').textContent).toContain('第1条');
    expect(screen.getByTestId('measure-1').textContent).toContain('支持关键技术攻关');
  });

  it('expands a measure to its text, instruments, programmes and bodies in the order of the text', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/policy', client);
    fireEvent.click(await screen.findByTestId('measure-1'));
    const detail = await screen.findByTestId('measure-detail-1');
    expect(detail.textContent).toContain('支持企业开展脑机接口关键技术攻关。');
    expect(within(detail).getByTestId('measure-instruments').textContent).toContain('配套经费');
    expect(within(detail).getByTestId('measure-programmes').textContent).toContain('重点研发计划');
    const bodies = within(screen.getByTestId('measure-bodies-1')).getAllByTestId('body-tag');
    expect(bodies.map((b) => b.textContent)).toEqual([
      '1. 省科技厅',
      '2. 省工业和信息化厅',
      '3. 省财政厅',
    ]);
    expect(within(detail).getByTestId('bodies-note').textContent).toContain('未指定牵头单位');
    expect(bodies[0].closest('a')!.getAttribute('href')).toBe('/node/body-kjt');
  });

  it('shows one measure on its own page, with the next one linked', async () => {
    const measure = policy.sections[0].measures[0];
    const mock = mockClient(
      fixtureResolver({
        MeasurePage: () => ({
          data: {
            measure: {
              ...measure,
              section: { id: 'sec-1', number: 1, name: '一、强化创新', nameEn: null, policy: null },
            },
            next: { id: 'measure-02', number: 2, name: '建设创新平台', nameEn: null },
          },
        }),
      }),
    );
    renderApp('/policy/measure/1', mock.client);
    expect((await screen.findByTestId('measure-title')).textContent).toContain('支持关键技术攻关');
    expect(mock.variablesOf('MeasurePage')[0]).toEqual({
      number: 1,
      prev: 0,
      next: 2,
      hasPrev: false,
    });
    expect(screen.getByTestId('measure-next').getAttribute('href')).toBe('/policy/measure/2');
    expect(screen.queryByTestId('measure-prev')).toBeNull();
    expect(within(screen.getByTestId('measure-bodies-1')).getAllByTestId('body-tag')).toHaveLength(
      3,
    );
  });

  it('shows the English summary and labels in English', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/policy', client);
    fireEvent.click(screen.getByTestId('lang-switch'));
    fireEvent.click(await screen.findByTestId('measure-1'));
    const detail = await screen.findByTestId('measure-detail-1');
    expect(detail.textContent).toContain('Supports research on key technologies.');
    expect(screen.getByTestId('measure-1').textContent).toContain('Measure 1');
  });
});
