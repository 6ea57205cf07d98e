/** A spec exercising block and flow collections, a path template key and an alias, for locator tests. */
export const YAML = `swagger: "2.0"
info:
  title: T
paths:
  /a/{id}:
    get:
      parameters:
        - name: id
          in: path
        - { name: q, in: query }
definitions:
  Base: &base
    type: object
    properties:
      id: { type: string }
  Copy: *base
`;
