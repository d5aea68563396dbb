import { describe, expect, it } from 'vitest';
import { checklistComplete, checklistFor } from '../../lib/packs/checklist';
import { getPack } from '../../lib/packs';

const none = { checklistOptionalItems: [], extraChecklistItems: [] };

describe('the site-owner checklist', () => {
  it("holds the baseline's items and then the council's own, every one required and cited by policy title", () => {
    const items = checklistFor(getPack('bracknell-forest'), none);
    const ids = items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['checklist.neutral', 'checklist.no-third-party-ads', 'checklist.accessible', 'bracknell.checklist.foi']));
    expect(ids.indexOf('checklist.neutral')).toBeLessThan(ids.indexOf('bracknell.checklist.foi'));
    for (const item of items) {
      expect(item.required).toBe(true);
      expect(item.citation).not.toMatch(/\.txt/);
    }
    expect(items.find((i) => i.id === 'bracknell.checklist.foi')?.citation).toBe('Bracknell Forest Council social media policy (2019), Professional capacity, bullet 9');
  });

  it('makes the items IT lists optional and adds IT\'s own after the pack\'s', () => {
    const items = checklistFor(getPack('barnsley'), {
      checklistOptionalItems: ['barnsley.checklist.abuse', 'it.approved'],
      extraChecklistItems: [
        { id: 'it.approved', text: 'Approved by the duty comms officer' },
        { id: 'it.hours', text: 'Posted in office hours', required: false },
      ],
    });
    expect(items.find((i) => i.id === 'barnsley.checklist.abuse')?.required).toBe(false);
    expect(items.slice(-2)).toEqual([
      { id: 'it.approved', text: 'Approved by the duty comms officer', required: false, citation: null },
      { id: 'it.hours', text: 'Posted in office hours', required: false, citation: null },
    ]);
  });

  it("lets IT reword a pack item by its id, keeping the pack's citation", () => {
    const items = checklistFor(getPack('common'), { checklistOptionalItems: [], extraChecklistItems: [{ id: 'checklist.accurate', text: 'Checked by a second person' }] });
    const accurate = items.filter((i) => i.id === 'checklist.accurate');
    expect(accurate).toHaveLength(1);
    expect(accurate[0]).toMatchObject({ text: 'Checked by a second person', required: true });
    expect(accurate[0].citation).toContain('Bracknell Forest Council social media policy (2019)');
  });

  it('is complete only when every required item is ticked', () => {
    const items = checklistFor(getPack('common'), { checklistOptionalItems: ['checklist.accurate'], extraChecklistItems: [] });
    const required = items.filter((i) => i.required).map((i) => i.id);
    expect(checklistComplete(items, new Set(required.slice(1)))).toBe(false);
    expect(checklistComplete(items, new Set(required))).toBe(true);
  });
});
