package org.brainbridge.graph.model;

/** One code of a vocabulary, with its Chinese and English labels. */
public record Code(String code, String zh, String en) {}
