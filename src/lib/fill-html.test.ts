import { describe, expect, it } from 'vitest';
import { fillHtml, type HtmlResolvers } from './fill-html';

const resolve: HtmlResolvers = {
  figure: (id) =>
    id === 'forced-labour-2021'
      ? { display: '27.6 million', href: '/figures/forced-labour-2021/', title: 'People in forced labour (2021)' }
      : undefined,
  value: (name) => ({ 'figures.count': '35', 'conference.name': '23rd Alliance' })[name],
};

describe('fillHtml', () => {
  it('fills values and links figures in the text', () => {
    expect(fillHtml('<p>{figures.count} figures; {forced-labour-2021} people, at the {conference.name}.</p>', resolve)).toBe(
      '<p>35 figures; <a href="/figures/forced-labour-2021/" title="People in forced labour (2021)">27.6 million</a> people, at the 23rd Alliance.</p>',
    );
  });

  it('returns HTML without references untouched, byte for byte', () => {
    const html = '<p>A <a href="/x/" rel="noopener noreferrer">link</a> &amp; “quotes”.</p>\n<p>Two</p>';
    expect(fillHtml(html, resolve)).toBe(html);
  });

  it('leaves attributes, code and unknown references alone', () => {
    expect(fillHtml('<p><a href="/{figures.count}/">x</a> <code>{figures.count}</code> {nope} {no.such}</p>', resolve)).toBe(
      '<p><a href="/{figures.count}/">x</a> <code>{figures.count}</code> {nope} {no.such}</p>',
    );
  });

  it('shows a figure inside a link as its value, without a second link', () => {
    expect(fillHtml('<p><a href="/figures/">All {forced-labour-2021}</a></p>', resolve)).toBe(
      '<p><a href="/figures/">All 27.6 million</a></p>',
    );
  });

  it('escapes what it fills in: a hostile value stays text', () => {
    const hostile: HtmlResolvers = {
      value: () => '<img src=x onerror="alert(1)">&',
      figure: () => ({ display: '<script>alert(1)</script>', href: '/x/" onmouseover="alert(1)', title: '"><b>' }),
    };
    const html = fillHtml('<p>{conference.name} {forced-labour-2021}</p>', hostile);
    expect(html).toBe(
      '<p>&#x3C;img src=x onerror="alert(1)">&#x26; <a href="/x/&#x22; onmouseover=&#x22;alert(1)" title="&#x22;><b>">&#x3C;script>alert(1)&#x3C;/script></a></p>',
    );
    // Inside a quoted attribute "<" is harmless; the quotes that could end it are escaped.
    expect(html).not.toMatch(/<img|<script/);
  });
});
