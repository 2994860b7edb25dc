#!/usr/bin/env node
// Parse a GEXF file the way Gephi Lite does (graphology-gexf), strictly, and print what it read.
//
//   node tests/js/parse-gexf.js FILE.gexf [NODE-ID ...]
//
// The XML is parsed by @xmldom/xmldom with an error handler that throws on every warning
// and error, then handed as a Document to graphology-gexf with its default options: an edge
// to an unknown node or an attvalue of an undeclared attribute throws. The graph class is
// MultiDirectedGraph because kg writes several edges between one pair of nodes (a person
// presents and leads one product); graphology-gexf would otherwise start from a simple graph
// and copy it into a multi graph at the first parallel edge.
//
// Prints one JSON object: node and edge counts, the graph's type and multi flag, the number
// of edges per kind, and the attributes of each requested node. Exits 1 with the error on
// stderr when anything fails.
'use strict';

const fs = require('fs');
const {DOMParser} = require('@xmldom/xmldom');
const {MultiDirectedGraph} = require('graphology');
const gexf = require('graphology-gexf');

function strictDocument(text, path) {
  const parser = new DOMParser({
    locator: {},
    errorHandler(level, message) {
      throw new Error(`${path}: XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'application/xml');
}

function main(argv) {
  if (argv.length < 1) {
    throw new Error('usage: node parse-gexf.js FILE.gexf [NODE-ID ...]');
  }
  const [path, ...wanted] = argv;
  const doc = strictDocument(fs.readFileSync(path, 'utf8'), path);
  const graph = gexf.parse(MultiDirectedGraph, doc);
  const kinds = {};
  graph.forEachEdge((edge, attributes) => {
    kinds[attributes.kind] = (kinds[attributes.kind] || 0) + 1;
  });
  const nodes = {};
  for (const id of wanted) {
    nodes[id] = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
  }
  return {
    nodes: graph.order,
    edges: graph.size,
    type: graph.type,
    multi: graph.multi,
    edgeKinds: kinds,
    attributes: nodes,
  };
}

try {
  process.stdout.write(JSON.stringify(main(process.argv.slice(2)), null, 2) + '\n');
} catch (error) {
  process.stderr.write(`parse-gexf: ${error.message}\n`);
  process.exit(1);
}
