/**
 * Frictionless Table Schema v2 profile (https://datapackage.org/profiles/2.0/tableschema.json), written from the specification and trimmed to what modelgate checks: descriptor shapes, field types, constraint names and their value types. Unlike the published profile, unknown constraint names are refused so that a typo (minimun) is not silently ignored.
 */
export const TABLE_SCHEMA_PROFILE: Record<string, unknown> = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Table Schema',
  type: 'object',
  required: ['fields'],
  properties: {
    $schema: {
      type: 'string',
    },
    name: {
      type: 'string',
    },
    title: {
      type: 'string',
    },
    description: {
      type: 'string',
    },
    fields: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/definitions/field',
      },
    },
    fieldsMatch: {
      type: 'string',
      enum: ['exact', 'equal', 'subset', 'superset', 'partial'],
    },
    missingValues: {
      $ref: '#/definitions/missingValues',
    },
    primaryKey: {
      oneOf: [
        {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: {
            type: 'string',
          },
        },
        {
          type: 'string',
        },
      ],
    },
    uniqueKeys: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: {
          type: 'string',
        },
      },
    },
    foreignKeys: {
      type: 'array',
    },
  },
  definitions: {
    missingValues: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'string',
          },
          {
            type: 'object',
            required: ['value'],
            properties: {
              value: {
                type: 'string',
              },
              label: {
                type: 'string',
              },
            },
          },
        ],
      },
    },
    field: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        title: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        example: {},
        type: {
          type: 'string',
          enum: ['string', 'number', 'integer', 'boolean', 'object', 'array', 'list', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'],
        },
        format: {
          type: 'string',
        },
        rdfType: {
          type: 'string',
        },
        missingValues: {
          $ref: '#/definitions/missingValues',
        },
        trueValues: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'string',
          },
        },
        falseValues: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'string',
          },
        },
        decimalChar: {
          type: 'string',
          minLength: 1,
          maxLength: 1,
        },
        groupChar: {
          type: 'string',
          minLength: 1,
          maxLength: 1,
        },
        bareNumber: {
          type: 'boolean',
        },
        categories: {
          type: 'array',
        },
        categoriesOrdered: {
          type: 'boolean',
        },
        delimiter: {
          type: 'string',
        },
        itemType: {
          type: 'string',
        },
        constraints: {
          $ref: '#/definitions/constraints',
        },
      },
    },
    bound: {
      type: ['number', 'string'],
    },
    constraints: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          type: 'boolean',
        },
        unique: {
          type: 'boolean',
        },
        minLength: {
          type: 'integer',
          minimum: 0,
        },
        maxLength: {
          type: 'integer',
          minimum: 0,
        },
        minimum: {
          $ref: '#/definitions/bound',
        },
        maximum: {
          $ref: '#/definitions/bound',
        },
        exclusiveMinimum: {
          $ref: '#/definitions/bound',
        },
        exclusiveMaximum: {
          $ref: '#/definitions/bound',
        },
        jsonSchema: {
          type: 'object',
        },
        pattern: {
          type: 'string',
        },
        enum: {
          type: 'array',
          minItems: 1,
        },
      },
    },
  },
};
