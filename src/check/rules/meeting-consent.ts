import type { Rule } from '../rule.js';

export const meetingConsent: Rule = {
  id: 'meeting-consent',
  severity: 'error',
  description: { ja: '支援会議と重層的支援会議の同意・守秘義務が法と実施要綱に合っている', en: '支援会議 and 重層的支援会議 follow the law on consent and secrecy' },
  docs: {
    ja: '支援会議（社会福祉法第106条の6）は、本人の同意がなくても支援関係機関が情報を共有できる会議で、構成員には罰則付きの守秘義務（法第159条）があります。重層的支援会議は国の実施要綱に基づく会議で、本人の同意を前提とします。種別を「支援会議」としながら本人同意を「必要」、守秘義務を false としたり、「重層的支援会議」で本人同意を「不要」としたりするのは、会議の性格を取り違えています。',
    en: 'A 支援会議 (社会福祉法第106条の6) lets agencies share information without the person\'s consent, and its members are bound to secrecy under penalty (法第159条). A 重層的支援会議 rests on the national 実施要綱 and needs the person\'s consent. Marking a 支援会議 as needing consent or without secrecy, or a 重層的支援会議 as not needing consent, confuses the two.',
  },
  messages: {
    ja: {
      supportConsent: '支援会議（法第106条の6）は本人の同意がなくても開催できる会議です。本人同意「必要」は重層的支援会議の性格です',
      supportSecrecy: '支援会議の構成員には守秘義務があります（法第106条の6第5項、罰則は第159条）',
      layeredConsent: '重層的支援会議は本人の同意を前提とする会議です。同意なしで情報を共有するのは支援会議（法第106条の6）です',
    },
    en: {
      supportConsent: 'a 支援会議 (法第106条の6) meets without the person\'s consent; needing consent describes a 重層的支援会議',
      supportSecrecy: 'members of a 支援会議 are bound to secrecy (法第106条の6第5項, penalty in 第159条)',
      layeredConsent: 'a 重層的支援会議 needs the person\'s consent; sharing without consent is what a 支援会議 (法第106条の6) does',
    },
  },
  check(ctx) {
    const meetings = Array.isArray(ctx.plan.会議) ? ctx.plan.会議 : [];
    meetings.forEach((m, i) => {
      if (!m || typeof m !== 'object') return;
      if (m.種別 === '支援会議') {
        if (m.本人同意 === '必要') ctx.report({ path: ['会議', i, '本人同意'], messageId: 'supportConsent' });
        if (m.守秘義務 === false) ctx.report({ path: ['会議', i, '守秘義務'], messageId: 'supportSecrecy' });
      }
      if (m.種別 === '重層的支援会議' && m.本人同意 === '不要') {
        ctx.report({ path: ['会議', i, '本人同意'], messageId: 'layeredConsent' });
      }
    });
  },
};
