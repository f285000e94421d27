package io.zhclaims.segment;

/** The kinds of names the recognizer reports. */
public enum EntityType {
    ORG, PLACE, PERSON
}
