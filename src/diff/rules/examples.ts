/** Spec preambles shared by the rule examples; each example adds the lines its rule is about. */

export const BODY_OPERATION = `paths:
  /patient:
    post:
      operationId: createPatient
      parameters: [{ name: body, in: body, required: true, schema: { $ref: '#/definitions/CreatePatientRequest' } }]
      responses: { '201': { description: Created } }
definitions:
  CreatePatientRequest:
    type: object`;

export const RESPONSE_OPERATION = `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses: { '200': { description: OK, schema: { $ref: '#/definitions/Patient' } } }
definitions:
  Patient:
    type: object`;

export const STATUS_OPERATION = `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      parameters: [{ name: id, in: path, required: true, type: string }]
      responses:`;

export const QUERY_OPERATION = `paths:
  /patient:
    get:
      operationId: fetchPatients
      responses: { '200': { description: OK } }
      parameters:`;

export const INCLUDE_OPERATION = `paths:
  /patient/{id}:
    get:
      operationId: fetchPatient
      responses: { '200': { description: OK } }
      parameters:
        - { name: id, in: path, required: true, type: string }`;

export const GROUP_RESOURCE = `paths: {}
definitions:
  GroupResource:
    type: object
    properties:
      id: { type: string }`;
