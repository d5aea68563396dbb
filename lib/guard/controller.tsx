import { render } from 'preact';
import { follow } from '../../components/floating';
import { findingKey, GuardPanel, type Reveal } from '../../components/GuardPanel';
import { GUARD_CSS } from '../../components/guard-styles';
import { ChecklistDialog } from '../../components/ChecklistDialog';
import { PauseDialog } from '../../components/PauseDialog';
import { decideAccount, engineAccount, type AccountChoice, type AccountDecision } from '../accounts/match';
import { appendText } from '../editors/insert';
import { caretIn, placeCaretAtEnd, rangeFor, readText, selectionFor, type Caret } from '../editors/text';
import { CheckAborted } from '../engine/idle';
import { severityRank, type AccountKind, type Category, type Finding, type Pack } from '../engine/types';
import { t } from '../i18n';
import type { ChecklistEntry } from '../packs/checklist';
import type { Settings } from '../settings/schema';
import type { Composer, SiteAdapter } from '../sites/types';
import { clearHighlights, setHighlights } from './highlight';
import type { Lifecycle } from './lifecycle';
import type { LogEntry } from './messages';
import { attachmentReminder } from './reminders';
import { isShortcut } from './shortcut';
import { resendAs, type SubmitTrigger } from './submit';
import { mountUiHost, type UiHost } from './ui-host';
import { pauseLabel } from '../settings/pause';

export interface GuardEnv {
  ctx: Lifecycle;
  adapter: SiteAdapter;
  settings(): Settings;
  /** The active pack: notes cite its documents by title, reminders come from it. */
  pack(): Pack;
  /** While the person has paused Postwise on this site (and IT allows it): when the pause ends. */
  pausedUntil(): number | null;
  check(text: string, account: AccountKind): Finding[];
  /**
   * The same check in slices between input events (a tab's first check compiles the pack, ~0.5 s
   * of work): rejects with CheckAborted once `signal` aborts.
   */
  checkLater(text: string, account: AccountKind, signal: AbortSignal): Promise<Finding[]>;
  /** Starts compiling the pack in slices, so that the first check after a key press is quick. */
  warm(): void;
  log(entry: Omit<LogEntry, 'platform' | 'surface'>, composer: Composer): void;
  /** The person's account choice for this site (popup, or their answer in the panel). */
  accountChoice(): AccountChoice;
  /** Stores the person's answer for this site (lib/settings/site-choices.ts); effective at once. */
  chooseAccount(kind: 'personal' | 'council'): void;
  /** The site-owner checklist of the active pack, with IT's optional and extra items. */
  checklist(): ChecklistEntry[];
}

/** The site-owner checklist as it stands in a post's dialog. */
interface ChecklistState {
  stage: 'ask' | 'checklist';
  findings: Finding[];
}

// A long paste is checked when typing pauses for longer.
const delayFor = (length: number) => (length > 10_000 ? 600 : length > 2_000 ? 300 : 150);

/** One composer: checks it as the person types, shows the panel beside it, and decides on Post. */
export class ComposerGuard {
  private findings: Finding[] = [];
  private readonly dismissed = new Set<string>();
  private status: string | null = null;
  private pause: Finding[] | null = null;
  private checklist: ChecklistState | null = null;
  /** Who is posting, as of the last check. */
  private decision: AccountDecision = { kind: 'personal', by: 'default' };
  private bypassOnce = false;
  /** How the paused post was sent, so "Post anyway" sends it the same way. */
  private trigger: SubmitTrigger = 'click';
  /** Set by the health check when this box cannot be checked reliably (shown on the badge). */
  private health: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The check running in slices, if any: aborted when a newer one starts. */
  private pending: AbortController | undefined;
  private ui: UiHost | undefined;
  /** Set once the UI could not be mounted or shown: this composer is then left unguarded (fail open). */
  private broken = false;
  private unfollow: (() => void) | undefined;
  private lastText = '';
  /** Where the caret was when Post was paused, to put it back on "Edit post". */
  private savedCaret: Caret | null = null;
  /** The caret as the editor lost focus (to our badge, or to the site's Post button). */
  private caretAtBlur: Caret | null = null;
  /** Asks the panel to open on a note (underline click, shortcut). */
  private reveal: Reveal | undefined;
  private readonly onInput = () => this.schedule();
  // Only a real key press in this composer opens the notes; the site never sees that press.
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted || !isShortcut(e) || this.broken || !this.ui || this.env.pausedUntil()) return;
    e.preventDefault();
    e.stopPropagation();
    this.revealNote(null, true);
  };
  // A click on underlined words opens that finding's note, leaving the caret where it landed.
  private readonly onClick = (e: MouseEvent) => {
    if (!e.isTrusted || this.broken || !this.ui || this.env.pausedUntil()) return;
    const hit = this.findingAt(e.clientX, e.clientY);
    if (hit) this.revealNote(hit.category, false);
  };
  private readonly onBlur = () => (this.caretAtBlur = this.currentCaret());

  constructor(
    readonly composer: Composer,
    private readonly env: GuardEnv,
  ) {
    for (const type of ['input', 'keyup', 'paste', 'cut', 'drop', 'focus']) composer.element.addEventListener(type, this.onInput);
    composer.element.addEventListener('focusout', this.onBlur);
    composer.element.addEventListener('keydown', this.onKeyDown, true);
    composer.element.addEventListener('click', this.onClick);
  }

  /**
   * Mounts the UI. If that fails (the page took our element, attachShadow threw, ...), the
   * composer stays unguarded — Post works as without the extension — and the caller logs it.
   */
  async mount(): Promise<void> {
    try {
      this.ui = mountUiHost(GUARD_CSS);
      // The badge follows the composer's bottom-right corner, flipping above it where there is no room.
      this.unfollow = follow(this.composer.element, this.ui.anchor, 'bottom-end');
      // Painted now, not when the first check lands: a UI that cannot render fails the mount.
      this.paint();
    } catch (e) {
      this.broken = true;
      this.ui?.remove();
      this.ui = undefined;
      throw e;
    }
    this.env.warm();
    this.refresh();
  }

  get element(): HTMLElement {
    return this.composer.element;
  }

  get surface(): Composer['surface'] {
    return this.composer.surface;
  }

  /** Findings the person has not dismissed, plus the attachment reminder when one is attached. */
  visibleFindings(): Finding[] {
    const shown = this.findings.filter((f) => !this.dismissed.has(findingKey(f)));
    const reminder = this.hasAttachment() ? attachmentReminder(this.env.pack()) : null;
    if (reminder && !this.dismissed.has(findingKey(reminder))) shown.push(reminder);
    return shown;
  }

  schedule(): void {
    clearTimeout(this.timer);
    const length = this.composer.element instanceof HTMLTextAreaElement ? this.composer.element.value.length : this.lastText.length;
    this.timer = setTimeout(() => this.refresh(), delayFor(length));
  }

  /**
   * Checks the current text in slices, so that typing never waits for a check; the panel is
   * painted when it ends. A newer check (or runNow) abandons it.
   */
  refresh(): void {
    clearTimeout(this.timer);
    this.pending?.abort();
    this.pending = undefined;
    const text = readText(this.composer);
    // Nothing to check (an empty box, or paused here): settled at once.
    if (!text.trim() || this.env.pausedUntil()) return this.runNow();
    const pending = new AbortController();
    this.pending = pending;
    let decision: AccountDecision;
    try {
      decision = this.decideAccount();
    } catch (e) {
      return this.failed(text, e);
    }
    this.env.checkLater(text, engineAccount(decision), pending.signal).then(
      (findings) => {
        if (pending.signal.aborted) return;
        this.pending = undefined;
        this.settle(text, decision, findings);
      },
      (e) => {
        if (pending.signal.aborted || e instanceof CheckAborted) return;
        this.pending = undefined;
        this.failed(text, e);
      },
    ).catch((e) => {
      // Painting the result failed (the page broke our UI): the box stays postable; say so locally.
      this.broken = true;
      this.env.log({ action: 'error', categories: [], ruleIds: [], detail: `panel failed: ${e instanceof Error ? e.message : String(e)}` }, this.composer);
    });
  }

  /**
   * Checks the current text now, in one piece: for Post and the dialogs, which need the answer
   * before they go on. A failure is logged and shows nothing: posting stays possible.
   */
  runNow(): void {
    clearTimeout(this.timer);
    this.pending?.abort();
    this.pending = undefined;
    const text = readText(this.composer);
    let decision: AccountDecision;
    let findings: Finding[];
    try {
      decision = this.decideAccount();
      // Paused on this site: nothing is checked, so nothing is shown or stopped.
      findings = text.trim() && !this.env.pausedUntil() ? this.env.check(text, engineAccount(decision)) : [];
    } catch (e) {
      return this.failed(text, e);
    }
    this.settle(text, decision, findings);
  }

  private settle(text: string, decision: AccountDecision, findings: Finding[]): void {
    // A new post (the box was emptied, e.g. after posting) forgets dismissals and reports.
    if (!text.trim()) {
      this.dismissed.clear();
      this.status = null;
    }
    this.lastText = text;
    this.decision = decision;
    this.findings = findings;
    this.paint();
  }

  private failed(text: string, e: unknown): void {
    this.lastText = text;
    this.findings = [];
    this.env.log({ action: 'error', categories: [], ruleIds: [], detail: `check failed: ${e instanceof Error ? e.message : String(e)}` }, this.composer);
    this.paint();
  }

  account(): AccountKind {
    return engineAccount(this.decideAccount());
  }

  /** Who is posting: the person's choice for the site, else the composer's identity against IT's council accounts. */
  private decideAccount(): AccountDecision {
    const settings = this.env.settings();
    let identity: string | null = null;
    try {
      identity = this.env.adapter.activeAccount(document, this.composer);
    } catch {
      identity = null;
    }
    return decideAccount({ identity, platform: this.env.adapter.platform, accounts: settings.councilAccounts, choice: this.env.accountChoice(), fallback: settings.account });
  }

  hasAttachment(): boolean {
    try {
      return this.env.adapter.hasAttachment(this.composer);
    } catch {
      return false;
    }
  }

  /** True between "Post anyway" and its re-press (see lib/guard/submit.ts). */
  resuming(): boolean {
    return this.bypassOnce;
  }

  /** The health check's verdict: a reason this box cannot be checked, or null when it can. */
  setHealth(problem: string | null): void {
    if (problem === this.health) return;
    this.health = problem;
    this.paint();
  }

  submitButton(): HTMLElement | null {
    return this.env.adapter.findSubmit(this.composer);
  }

  /**
   * Called when the person presses Post or Ctrl/Cmd+Enter. Returns true to let it through.
   * Lets exactly one post through after "Post anyway".
   */
  allowSubmit(trigger: SubmitTrigger = 'click', caret: Caret | null = null): boolean {
    // Held while we loaded: the caret as focus left the box (we were not yet listening then).
    if (caret) this.caretAtBlur = caret;
    // No UI, no pause: a pause the person cannot see would swallow the post.
    if (this.broken || !this.ui) return true;
    // The person paused Postwise on this site (IT allowing): posts go straight through.
    if (this.env.pausedUntil()) return true;
    if (this.bypassOnce) {
      this.bypassOnce = false;
      return true;
    }
    const settings = this.env.settings();
    this.runNow();
    this.trigger = trigger;
    // A council account (or not knowing whether it is one) gets the checklist instead of the pause.
    if (this.decision.kind === 'council' || this.decision.kind === 'unsure') {
      const stage = this.decision.kind === 'council' ? 'checklist' : 'ask';
      if (stage === 'ask' || this.env.checklist().length > 0 || this.visibleFindings().length > 0) return !this.openChecklist(stage);
    }
    return this.allowPersonal();
  }

  /** The personal-post path: pause on serious findings, unless IT chose "warn". */
  private allowPersonal(): boolean {
    const settings = this.env.settings();
    if (settings.enforcementMode === 'warn') return true;
    const serious = this.visibleFindings().filter((f) => severityRank(f.severity) >= severityRank(settings.pauseSeverity));
    if (serious.length === 0) return true;
    this.savedCaret ??= this.saveCaret();
    this.pause = serious;
    if (!this.showPause()) {
      this.pause = null;
      this.savedCaret = null;
      return true;
    }
    this.env.log({ action: 'paused', categories: unique(serious.map((f) => f.category)), ruleIds: unique(serious.map((f) => f.ruleId)) }, this.composer);
    return false;
  }

  /** Opens the site-owner checklist (or, when unsure, the question first); false if it could not be shown. */
  private openChecklist(stage: ChecklistState['stage']): boolean {
    this.savedCaret = this.saveCaret();
    this.checklist = { stage, findings: this.visibleFindings() };
    if (this.showPause()) return true;
    this.checklist = null;
    this.savedCaret = null;
    return false;
  }

  /** Renders the pause (or checklist) and opens it modally; false (and logged) if it could not be shown. */
  private showPause(): boolean {
    try {
      this.paint();
      const dialog = this.ui?.dialogSlot.querySelector('dialog');
      if (!dialog) throw new Error('pause dialog did not render');
      if (!dialog.open) dialog.showModal();
      if (!dialog.open) throw new Error('pause dialog did not open');
      (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('[data-action="edit"]'))?.focus();
      return true;
    } catch (e) {
      this.env.log({ action: 'error', categories: [], ruleIds: [], detail: `pause could not be shown: ${e instanceof Error ? e.message : String(e)}` }, this.composer);
      return false;
    }
  }

  private closePause() {
    this.pause = null;
    this.checklist = null;
    const dialog = this.ui?.dialogSlot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.paint();
  }

  private canPostAnyway(findings: Finding[] | null = this.pause): boolean {
    const settings = this.env.settings();
    return !(settings.enforcementMode === 'block' && findings?.some((f) => f.severity === 'high'));
  }

  /** The person answered "who are you posting as?" in the dialog: remember it for the site and carry on. */
  private answerInDialog(kind: 'personal' | 'council') {
    this.env.chooseAccount(kind);
    this.runNow();
    if (kind === 'council') {
      this.checklist = { stage: 'checklist', findings: this.visibleFindings() };
      this.paint();
      this.ui?.dialogSlot.querySelector<HTMLElement>('dialog [data-autofocus]')?.focus();
      return;
    }
    // Personal: the usual path, as if Post had just been pressed.
    this.checklist = null;
    const dialog = this.ui?.dialogSlot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.paint();
    if (this.allowPersonal()) this.send();
  }

  private checklistCancelled(ticked: string[]) {
    const state = this.checklist;
    if (!state) return;
    if (state.stage === 'checklist') this.env.log({ action: 'checklist-cancelled', account: 'council', ...this.summary(state.findings), checklistItems: ticked }, this.composer);
    this.closePause();
    this.restoreCaret();
  }

  private checklistCompleted(ticked: string[]) {
    const state = this.checklist;
    if (!state) return;
    this.env.log({ action: 'checklist-completed', account: 'council', ...this.summary(state.findings), checklistItems: ticked }, this.composer);
    this.closePause();
    this.savedCaret = null;
    this.send();
  }

  /** Which rules were involved, never the text. */
  private summary(findings: Finding[]) {
    const worst = findings.reduce<Finding['severity'] | undefined>((w, f) => (!w || severityRank(f.severity) > severityRank(w) ? f.severity : w), undefined);
    return { categories: unique(findings.map((f) => f.category)), ruleIds: unique(findings.map((f) => f.ruleId)), severity: worst };
  }

  private editPost() {
    // Escape, the Edit button and the dialog's own close can all arrive for one pause.
    if (!this.pause) return;
    this.env.log({ action: 'edited', categories: [], ruleIds: unique(this.pause.map((f) => f.ruleId)) }, this.composer);
    this.closePause();
    this.restoreCaret();
  }

  private saveCaret(): Caret | null {
    return this.currentCaret() ?? this.caretAtBlur;
  }

  private currentCaret(): Caret | null {
    return caretIn(this.composer.element);
  }

  private restoreCaret() {
    const el = this.composer.element;
    const saved = this.savedCaret;
    this.savedCaret = null;
    el.focus();
    if (Array.isArray(saved) && el instanceof HTMLTextAreaElement) el.setSelectionRange(...saved);
    else if (saved instanceof Range && saved.startContainer.isConnected) {
      const selection = selectionFor(el);
      selection?.removeAllRanges();
      selection?.addRange(saved);
    } else placeCaretAtEnd(el);
  }

  private postAnyway(reason: string) {
    const paused = this.pause ?? [];
    this.env.log({ action: 'posted-anyway', categories: unique(paused.map((f) => f.category)), ruleIds: unique(paused.map((f) => f.ruleId)), reason: reason.trim() || undefined }, this.composer);
    this.closePause();
    this.savedCaret = null;
    this.send();
  }

  /** Lets exactly one post through, sent the way the person sent it. */
  private send() {
    this.bypassOnce = true;
    resendAs(this.composer.element, this.trigger, this.submitButton());
    // If the site did not take it, the next Post press must be checked again.
    setTimeout(() => (this.bypassOnce = false), 1500);
  }

  private async fix(finding: Finding) {
    if (!finding.fix) return;
    const result = await appendText(this.composer, finding.fix.text);
    this.status = result === 'inserted' ? null : t(result === 'copied' ? 'guard.fixCopied' : 'guard.fixManual', [finding.fix.text.trim()]);
    this.env.log({ action: result === 'inserted' ? 'fix-inserted' : 'fix-copied', categories: [finding.category], ruleIds: [finding.ruleId] }, this.composer);
    this.runNow();
  }

  /** "This is wrong": recorded locally with the rule ids, thanked, and hidden for this post. */
  private reportWrong(all: Finding[]) {
    const worst = [...all].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
    this.env.log({ action: 'false-positive', categories: unique(all.map((f) => f.category)), ruleIds: unique(all.map((f) => f.ruleId)), severity: worst?.severity }, this.composer);
    for (const f of all) this.dismissed.add(findingKey(f));
    this.status = t('guard.wrongThanks');
    this.paint();
  }

  private revealNote(category: Category | null, focus: boolean) {
    this.reveal = { category, seq: (this.reveal?.seq ?? 0) + 1, focus };
    this.paint();
  }

  /** The visible finding whose underlined words are at the point, if any. */
  private findingAt(x: number, y: number): Finding | null {
    const el = this.composer.element;
    if (el instanceof HTMLTextAreaElement) return null;
    for (const f of this.visibleFindings()) {
      if (f.end <= f.start || f.severity === 'info') continue;
      const range = rangeFor(el, this.lastText, f.start, f.end);
      if (!range) continue;
      for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 2) return f;
    }
    return null;
  }

  private pausedLabel(): string | null {
    const until = this.env.pausedUntil();
    if (!until) return null;
    const { time, laterDay } = pauseLabel(until);
    return t(laterDay ? 'guard.badgePausedTomorrow' : 'guard.badgePaused', [time]);
  }

  private paint() {
    const ui = this.ui;
    if (!ui) return;
    const paused = this.pausedLabel();
    const findings = paused ? [] : this.visibleFindings();
    if (paused && this.pause) this.closePause();
    render(
      <GuardPanel
        findings={findings}
        pack={this.env.pack()}
        status={paused ? null : this.status}
        health={this.health}
        paused={paused}
        reveal={this.reveal}
        onWrong={(all) => this.reportWrong(all)}
        onDismiss={(all) => {
          for (const f of all) this.dismissed.add(findingKey(f));
          this.paint();
        }}
        onFix={(f) => void this.fix(f)}
        onEscape={() => {
          this.savedCaret = this.saveCaret();
          this.restoreCaret();
        }}
        councilAccount={this.decision.kind === 'council' ? (this.decision.name ?? '') : null}
        onAnswer={this.decision.kind === 'unsure' ? (kind) => {
          this.env.chooseAccount(kind);
          this.runNow();
        } : null}
      />,
      ui.anchor,
    );
    render(
      this.checklist ? (
        <ChecklistDialog
          stage={this.checklist.stage}
          accountName={this.decision.kind === 'council' ? this.decision.name : null}
          findings={this.checklist.findings}
          pack={this.env.pack()}
          items={this.env.checklist()}
          canPost={this.canPostAnyway(this.checklist.findings)}
          onEdit={(ticked) => this.checklistCancelled(ticked)}
          onPost={(ticked) => this.checklistCompleted(ticked)}
          onAnswer={(kind) => this.answerInDialog(kind)}
        />
      ) : this.pause ? (
        <PauseDialog findings={this.pause} pack={this.env.pack()} canPostAnyway={this.canPostAnyway()} onEdit={() => this.editPost()} onPostAnyway={(r) => this.postAnyway(r)} />
      ) : null,
      ui.dialogSlot,
    );
    this.highlight(findings);
  }

  private highlight(findings: Finding[]) {
    const el = this.composer.element;
    if (el instanceof HTMLTextAreaElement) return;
    const ranges = findings
      .filter((f) => f.end > f.start && f.severity !== 'info')
      .flatMap((f) => {
        const range = rangeFor(el, this.lastText, f.start, f.end);
        return range ? [{ severity: f.severity, range }] : [];
      });
    const root = el.getRootNode() as Document | ShadowRoot;
    setHighlights(this, root, ranges);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pending?.abort();
    for (const type of ['input', 'keyup', 'paste', 'cut', 'drop', 'focus']) this.composer.element.removeEventListener(type, this.onInput);
    this.composer.element.removeEventListener('focusout', this.onBlur);
    this.composer.element.removeEventListener('keydown', this.onKeyDown, true);
    this.composer.element.removeEventListener('click', this.onClick);
    this.unfollow?.();
    clearHighlights(this);
    if (this.ui) {
      render(null, this.ui.anchor);
      render(null, this.ui.dialogSlot);
      this.ui.remove();
    }
  }
}

const unique = <T,>(items: T[]) => [...new Set(items)];
