// Found by the LINE fuzz: when every ranked channel is a local office without a shown contact (ハローワーク, サポステ,
// 自立相談支援機関…), the one reachable line (よりそいホットライン, added last by rankChannels) lands on page 2 of the
// LINE carousel, so the first answer has nothing to tap — while its text says 「よりそいホットライン」はいまつながります.
import { describe, expect, it } from 'vitest';
import { testApp } from '../app/deps.js';
import { signed, textEvent } from '../line/events.js';

const tappable = /"uri":"(tel:|https:\/\/)/;

describe('the first LINE answer to a worry', () => {
  for (const text of ['先月クビになって仕事をさがしてる', 'ハローワークってどこ？', '就活全落ちした…もうやだ']) {
    it(`carries at least one line to tap, by phone or web: ${text}`, async () => {
      const t = testApp();
      await t.app.request('/line/webhook', await signed([textEvent(text)]));
      await t.settle();
      expect(t.replies).toHaveLength(1);
      expect(JSON.stringify(t.replies[0]?.messages)).toMatch(tappable);
    });
  }
});
