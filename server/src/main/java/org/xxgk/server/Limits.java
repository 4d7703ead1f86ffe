package org.xxgk.server;

/**
 * How much the workbench accepts: the size of one file and the number of files in the 汇总 list. Each
 * refusal is a sentence for the page.
 *
 * @param maxFileSize bytes of one upload
 * @param maxFiles    files in the 汇总 list
 */
record Limits(long maxFileSize, int maxFiles) {

    /** 50 MB a file (an annual report is far smaller) and 5,000 files (a province's agencies). */
    static final Limits DEFAULT = new Limits(50L << 20, 5000);

    Limits {
        if (maxFileSize < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("上限应为正数");
        }
    }

    String tooLarge(String name) {
        return Names.display(name) + "：文件超过 " + size() + " 的上限，未上传（年度报告一般远小于此）";
    }

    String tooMany(String name) {
        return Names.display(name) + "：列表已有 " + maxFiles + " 个文件（上限），未上传；请先清空列表或分批汇总";
    }

    String size() {
        return maxFileSize >= 1 << 20 ? (maxFileSize >> 20) + " MB" : maxFileSize >= 1024 ? (maxFileSize >> 10) + " KB"
                : maxFileSize + " 字节";
    }
}
