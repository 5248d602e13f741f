import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLessonRenderer } from '../../src/content-build/markdown';
import { htmlFieldsProblem, htmlProblem } from '../../src/domain/content/html-allowlist';
import { checkPackShape } from '../../src/domain/content/pack-validate';
import { checkContentDoc } from '../../src/domain/sync/content-docs';
import { operatorFactory, signedContentDocs } from '../factories/operator.factory';

describe('[W22] the lesson HTML allow-list', () => {
  it('[W22] passes what the content build renders: paragraphs, lists, tables, boxes, internal links', () => {
    const html = createLessonRenderer().render(
      '# Titre\n\nUn **mot** et *un autre*.\n\n- a\n- b\n\n3. trois\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n![photo](#x)\n\n> cité\n\n`code`\n\n[Lexique](#/lexique/dmt)\n\n::: retenir\nÀ garder.\n:::\n',
    );
    expect(htmlProblem(html)).toBeUndefined();
  });

  it.each([
    ['<form action="/x"><p>Votre code PIN</p></form>', 'élément interdit : <form>'],
    ['<iframe src="/x"></iframe>', 'élément interdit : <iframe>'],
    ['<object data="/x"></object>', 'élément interdit : <object>'],
    ['<script>alert(1)</script>', 'élément interdit : <script>'],
    ['<style>p{}</style>', 'élément interdit : <style>'],
    ['<p onclick="x()">a</p>', 'attribut interdit : onclick'],
    ['<p style="color:red">a</p>', 'attribut interdit : style'],
    ['<a href="https://example.org/">a</a>', 'lien qui sort'],
    ['<a href="javascript:alert(1)">a</a>', 'lien qui sort'],
    ['<a href="&#106;avascript:alert(1)">a</a>', 'lien qui sort'],
    ['<a href="//evil.example/">a</a>', 'lien qui sort'],
    ['<!-- caché --><p>a</p>', 'balise illisible'],
    ['<p class=x>a</p>', 'balise illisible'],
    ['<img src="x.png" alt="">', 'élément interdit : <img>'],
  ])('[W22] refuses %s with its reason', (html, reason) => {
    expect(htmlProblem(html)).toContain(reason);
  });

  it('[W22] names the field of a document where the HTML is refused', () => {
    const doc = { module: { lessons: [{ html: '<p>ok</p>' }, { html: '<p>a</p><form></form>' }] } };
    expect(htmlFieldsProblem(doc)).toBe('module.lessons[1].html : élément interdit : <form>');
  });

  it('[W22] the built curriculum passes; a pack or a content document with a form in a lesson is refused', async () => {
    const pack = JSON.parse(readFileSync('dist/content/pack.json', 'utf8'));
    expect(checkPackShape(pack).ok).toBe(true);
    const tampered = structuredClone(pack);
    tampered.modules[0].lessons[0].html += '<form action="/login"><p>PIN</p></form>';
    const check = checkPackShape(tampered);
    expect(check.ok ? [] : check.details).toEqual([expect.stringContaining('élément interdit : <form>')]);
    const [doc] = (await signedContentDocs(tampered, await operatorFactory())).filter((d) => d.type === 'content-module');
    expect(checkContentDoc(doc as unknown as Record<string, unknown>)).toContain('élément interdit : <form>');
  });
});
