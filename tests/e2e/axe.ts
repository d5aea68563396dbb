import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What an axe run reports that matters here: serious and critical violations, with where. */
export type Violation = { id: string; impact: string | null; help: string; targets: string[] };

const serious = (vs: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[]): Violation[] =>
  vs
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));

/** axe on an extension page (popup, welcome). */
export async function axeOnPage(page: Page): Promise<Violation[]> {
  return serious((await new AxeBuilder({ page }).analyze()).violations);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type DomNode = { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[]; shadowRootType?: string };

/**
 * axe on the guard's real in-page UI, inside its CLOSED shadow root. axe walks shadow trees
 * through `element.shadowRoot`, which is null for a closed root, so: axe is loaded into an
 * isolated world of its own (never the page's, never the extension's), CDP hands that world
 * the closed root (DOM.resolveNode pierces it), and there alone `shadowRoot` is made to answer
 * for our host. axe then audits the UI exactly as rendered on the site, top-layer dialog included.
 */
export async function axeOnGuard(page: Page): Promise<Violation[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const hosts: DomNode[] = [];
    const walk = (n: DomNode) => {
      if (n.nodeName === 'POSTWISE-GUARD' && n.shadowRoots?.length) hosts.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    walk(root);
    if (!hosts.length) throw new Error('no guard UI on the page');
    const tree = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await session.send('Page.createIsolatedWorld', { frameId: tree.frameTree.frame.id, worldName: 'axe-audit' })) as { executionContextId: number };
    await session.send('Runtime.evaluate', { expression: AXE_SOURCE, contextId: executionContextId });
    await session.send('Runtime.evaluate', { expression: 'window.__pwHosts = new Map()', contextId: executionContextId });
    for (const host of hosts) {
      const shadow = host.shadowRoots![0];
      if (shadow.shadowRootType !== 'closed') throw new Error('expected a closed shadow root');
      const h = (await session.send('DOM.resolveNode', { backendNodeId: host.backendNodeId, executionContextId })) as { object: { objectId: string } };
      const r = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId })) as { object: { objectId: string } };
      await session.send('Runtime.callFunctionOn', { objectId: r.object.objectId, functionDeclaration: 'function (host) { window.__pwHosts.set(host, this); }', arguments: [{ objectId: h.object.objectId }] });
    }
    await session.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `(() => {
        const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
        Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return window.__pwHosts.get(this) ?? own.get.call(this); } });
      })()`,
    });
    const res = (await session.send('Runtime.evaluate', {
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `axe.run({ include: [...document.querySelectorAll('postwise-guard')] }, { resultTypes: ['violations'] }).then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })), buttons: r.passes.concat(r.violations).filter((p) => p.id === 'button-name').flatMap((p) => p.nodes).length }))`,
    })) as { result: { value?: { violations: Parameters<typeof serious>[0]; buttons: number } }; exceptionDetails?: { exception?: { description?: string } } };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? 'axe failed');
    const value = res.result.value!;
    // axe must really have entered the closed root: with nothing in context it passes vacuously.
    if (value.buttons < 1) throw new Error('axe did not see inside the guard UI (no buttons checked)');
    return serious(value.violations);
  } finally {
    await session.detach().catch(() => {});
  }
}
