import DOMPurify, { type Config } from 'dompurify';
import { sanitizerPolicy, type TrustedHtml } from './trusted-types.js';

// Tags a paste may never bring in: active content, forms, embedded documents, and images or
// media (they would load from third parties; attachments have their own previews).
const FORBID_TAGS = [
  'style',
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'svg',
  'math',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'link',
  'meta',
  'base',
  'template',
  'dialog',
  'canvas',
];
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'background', 'poster', 'ping'];
const SAFE_LINK = /^(?:https?:|mailto:)/i;

let hooked = false;

function addHooks(): void {
  if (hooked) return;
  hooked = true;
  // The one input markdown makes: the disabled checkbox of a task list item.
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'INPUT') return;
    if (node.getAttribute('type') !== 'checkbox') return void node.remove();
    for (const name of node.getAttributeNames()) {
      if (name !== 'type' && name !== 'checked') node.removeAttribute(name);
    }
    node.setAttribute('disabled', '');
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    // Only web and mail links; in-page anchors would change the app's route.
    if (!SAFE_LINK.test(href)) node.removeAttribute('href');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
    node.setAttribute('target', '_blank');
    node.setAttribute('referrerpolicy', 'no-referrer');
  });
}

/**
 * Sanitises HTML made from untrusted text (rendered markdown, highlighted code) with DOMPurify:
 * no scripts, handlers, styles, forms (task-list checkboxes stay, disabled), frames, SVG,
 * MathML, images or media; links open in a
 * new tab without referrer; ids are prefixed so they cannot clobber the page's globals.
 * Returns a TrustedHTML where the browser enforces Trusted Types.
 * @example sanitizeHtml('<p onclick="x()">hi</p>') // '<p>hi</p>'
 */
export function sanitizeHtml(html: string): TrustedHtml {
  addHooks();
  const config: Config = {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    SANITIZE_NAMED_PROPS: true,
  };
  const policy = sanitizerPolicy();
  if (!policy) return DOMPurify.sanitize(html, config);
  // The policy's shape is the Trusted Types one DOMPurify's types describe.
  const trusted = {
    ...config,
    TRUSTED_TYPES_POLICY: policy as unknown as Config['TRUSTED_TYPES_POLICY'],
  };
  return DOMPurify.sanitize(html, {
    ...trusted,
    RETURN_TRUSTED_TYPE: true,
  }) as unknown as TrustedHtml;
}
