/**
 * The rule engine that runs on the machine: a classifier that weighs a type's keywords, patterns and exclusions
 * together with the page's sentence embedding, and an extractor that finds fields by their labels and value
 * patterns and normalises them (dates, Indian amounts, GSTINs with their check digit, vehicle numbers). Both
 * read their rules from the type's definition (docs/understanding-rules.md) and never throw on odd text.
 */
package io.pageflow.understanding.rules;
