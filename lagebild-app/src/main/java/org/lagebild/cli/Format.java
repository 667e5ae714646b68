package org.lagebild.cli;

/** Output formats of every printing command. */
public enum Format {
    table, json, jsonl, csv
}
