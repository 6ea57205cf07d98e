import type { Rule } from '../types.js';
import { jsonapiAttributeBecameReadOnly } from './jsonapi-attribute-became-read-only.js';
import { jsonapiIncludeValueAdded } from './jsonapi-include-value-added.js';
import { jsonapiIncludeValueRemoved } from './jsonapi-include-value-removed.js';
import { jsonapiRelationshipRemoved } from './jsonapi-relationship-removed.js';
import { jsonapiResourceTypeRenamed } from './jsonapi-resource-type-renamed.js';
import { operationAdded } from './operation-added.js';
import { operationDeprecated } from './operation-deprecated.js';
import { operationDocumentationChanged } from './operation-documentation-changed.js';
import { operationMethodChanged } from './operation-method-changed.js';
import { operationPathChanged } from './operation-path-changed.js';
import { operationRemoved } from './operation-removed.js';
import { operationRenamed } from './operation-renamed.js';
import { pagingAdded } from './paging-added.js';
import { pagingCursorParameterRenamed } from './paging-cursor-parameter-renamed.js';
import { pagingRemoved } from './paging-removed.js';
import { requestContentTypeChanged } from './request-content-type-changed.js';
import { requestParameterAddedOptional } from './request-parameter-added-optional.js';
import { requestParameterAddedRequired } from './request-parameter-added-required.js';
import { requestParameterBecameOptional } from './request-parameter-became-optional.js';
import { requestParameterBecameRequired } from './request-parameter-became-required.js';
import { requestParameterEnumValueAdded } from './request-parameter-enum-value-added.js';
import { requestParameterEnumValueRemoved } from './request-parameter-enum-value-removed.js';
import { requestParameterFormatChanged } from './request-parameter-format-changed.js';
import { requestParameterLocationChanged } from './request-parameter-location-changed.js';
import { requestParameterRemoved } from './request-parameter-removed.js';
import { requestParameterRenamed } from './request-parameter-renamed.js';
import { requestParameterTypeChanged } from './request-parameter-type-changed.js';
import { requestPropertyAddedOptional } from './request-property-added-optional.js';
import { requestPropertyAddedRequired } from './request-property-added-required.js';
import { requestPropertyBecameRequired } from './request-property-became-required.js';
import { requestPropertyEnumValueAdded } from './request-property-enum-value-added.js';
import { requestPropertyEnumValueRemoved } from './request-property-enum-value-removed.js';
import { requestPropertyFormatChanged } from './request-property-format-changed.js';
import { requestPropertyRemoved } from './request-property-removed.js';
import { requestPropertyTypeChanged } from './request-property-type-changed.js';
import { responseContentTypeChanged } from './response-content-type-changed.js';
import { responseErrorStatusAdded } from './response-error-status-added.js';
import { responseErrorStatusRemoved } from './response-error-status-removed.js';
import { responsePropertyAdded } from './response-property-added.js';
import { responsePropertyBecameOptional } from './response-property-became-optional.js';
import { responsePropertyBecameRequired } from './response-property-became-required.js';
import { responsePropertyEnumValueAdded } from './response-property-enum-value-added.js';
import { responsePropertyEnumValueRemoved } from './response-property-enum-value-removed.js';
import { responsePropertyFormatChanged } from './response-property-format-changed.js';
import { responsePropertyRemoved } from './response-property-removed.js';
import { responsePropertyTypeChanged } from './response-property-type-changed.js';
import { responseSuccessStatusAdded } from './response-success-status-added.js';
import { responseSuccessStatusRemoved } from './response-success-status-removed.js';
import { securityRequirementChanged } from './security-requirement-changed.js';
import { securitySchemeChanged } from './security-scheme-changed.js';
import { surfaceExportAdded } from './surface-export-added.js';
import { surfaceExportChanged } from './surface-export-changed.js';
import { surfaceExportRemoved } from './surface-export-removed.js';

/**
 * Every rule, in the order of the rule catalogue (docs/diff-rules.md): operations, parameters, request
 * bodies, responses, content types, security, JSON:API, paging, generated surface. Ids are unique.
 */
export const RULES: readonly Rule[] = [
  operationAdded,
  operationDeprecated,
  operationDocumentationChanged,
  operationMethodChanged,
  operationPathChanged,
  operationRemoved,
  operationRenamed,
  requestParameterAddedOptional,
  requestParameterAddedRequired,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterEnumValueAdded,
  requestParameterEnumValueRemoved,
  requestParameterFormatChanged,
  requestParameterLocationChanged,
  requestParameterRemoved,
  requestParameterRenamed,
  requestParameterTypeChanged,
  requestPropertyAddedOptional,
  requestPropertyAddedRequired,
  requestPropertyBecameRequired,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyFormatChanged,
  requestPropertyRemoved,
  requestPropertyTypeChanged,
  responsePropertyAdded,
  responsePropertyBecameOptional,
  responsePropertyBecameRequired,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyFormatChanged,
  responsePropertyRemoved,
  responsePropertyTypeChanged,
  responseSuccessStatusAdded,
  responseSuccessStatusRemoved,
  responseErrorStatusAdded,
  responseErrorStatusRemoved,
  requestContentTypeChanged,
  responseContentTypeChanged,
  securityRequirementChanged,
  securitySchemeChanged,
  jsonapiAttributeBecameReadOnly,
  jsonapiIncludeValueAdded,
  jsonapiIncludeValueRemoved,
  jsonapiRelationshipRemoved,
  jsonapiResourceTypeRenamed,
  pagingAdded,
  pagingCursorParameterRenamed,
  pagingRemoved,
  surfaceExportAdded,
  surfaceExportChanged,
  surfaceExportRemoved,
];
