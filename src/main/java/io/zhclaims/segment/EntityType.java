package io.zhclaims.segment;

/** The kinds of names the recognizer reports. */
public enum EntityType {
    ORG, PLACE, PERSON,
    /**
     * A union or alliance of states ({@code 欧盟}, {@code 北约}): an organization by name, but
     * FORMAT.md counts it as no organization of a figure (it is named as a partner or a place),
     * so claims take it as a place.
     */
    BLOC
}
