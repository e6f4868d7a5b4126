package org.shouwang.intake.web;

import java.util.List;
import org.shouwang.intake.ImportKind;

/** One example row per template, so a clerk sees how each column is filled. The ID numbers are valid but fictional. */
final class Templates {

    private Templates() {
    }

    static List<List<String>> examples(ImportKind kind) {
        return switch (kind) {
            case HOUSEHOLDS -> List.of(
                    List.of("3415990010010001", "341599001001", "第一组", "一网格", "脱贫户", "2018", "槐树湾村第一组12号", "13812345678", "否", "",
                            "张大山", "341599197003150017", "户主", "汉族", "初中", "", "健康", "", "", "普通劳动力", "江苏省苏州市", "8",
                            "城乡居民基本医疗保险", "城乡居民基本养老保险", "否", "否", "否", ""),
                    List.of("3415990010010001", "341599001001", "第一组", "一网格", "脱贫户", "2018", "槐树湾村第一组12号", "13812345678", "否", "",
                            "李小梅", "341599197206200021", "配偶", "汉族", "小学", "", "长期慢性病", "", "", "弱劳动力或半劳动力", "", "",
                            "城乡居民基本医疗保险", "城乡居民基本养老保险", "否", "否", "否", ""));
            case INCOMES -> List.of(List.of("3415990010010001", "2025-01-01", "2025-12-31", "28000", "6000", "300", "2400", "2000", "0"));
        };
    }
}
