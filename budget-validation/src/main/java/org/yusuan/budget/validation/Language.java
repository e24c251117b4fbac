package org.yusuan.budget.validation;

/** The language messages are shown in. Findings carry both. */
public enum Language {
    /** 中文. */
    CHINESE,
    /** English. */
    ENGLISH
}
