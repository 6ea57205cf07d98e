import { finding, opName } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const requestContentTypeChanged: Rule = {
  id: 'request-content-type-changed',
  severity: 'breaking',
  description: 'An operation with a request body no longer accepts a content type it accepted: clients sending it get an error.',
  advice: 'Regenerate the client so it sends an accepted content type.',
  example: {
    base: `paths:
  /oauth/token:
    post:
      operationId: createToken
      consumes: [application/vnd.api+json, application/json]
      parameters: [{ name: body, in: body, schema: { type: object } }]
      responses: { '201': { description: Created } }`,
    head: `paths:
  /oauth/token:
    post:
      operationId: createToken
      consumes: [application/vnd.api+json]
      parameters: [{ name: body, in: body, schema: { type: object } }]
      responses: { '201': { description: Created } }`,
  },
  *check(ctx) {
    for (const { base, head } of ctx.operations) {
      const sendsBody = base.body !== undefined || base.parameters.some((p) => p.in === 'formData');
      const dropped = base.consumes.filter((type) => !head.consumes.includes(type));
      if (!sendsBody || dropped.length === 0 || head.consumes.length === 0) continue;
      yield finding(head, head.pointer, `${opName(head)} no longer accepts ${dropped.join(', ')} (now ${head.consumes.join(', ')})`);
    }
  },
};
