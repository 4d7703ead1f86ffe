package org.xxgk.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.xxgk.server.Workbench;

/** {@code xxgk serve}: the web workbench on this computer, opened in the default browser. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "在本机启动网页工作台（汇总、检查一份报告、填报），并在浏览器中打开",
        description = {"工作台只在本机（127.0.0.1）上提供网页，不需要联网；上传的文件放在临时文件夹中，关闭工作台时删除。",
            "页面：汇总（上传各单位的报告、名单和上年汇总工作簿，逐个读取并汇总，下载汇总工作簿）、",
            "检查一份报告（表格、问题及其位置，下载为填好的模板、JSON、CSV、HTML）、",
            "填报（按官方表格填写，边填边算合计、核对勾稽关系，下载填好的模板、JSON、HTML）。",
            "在页面上点“退出工作台”、中断命令或关闭命令行窗口即停止。双击 xxgk.cmd（或无参数、无控制台启动 xxgk.jar）时也会启动工作台。"},
        footer = {"%n示例：%n  xxgk serve%n  xxgk serve --port 9000 --no-open"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private XxgkCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "端口", description = "监听的端口（默认 ${DEFAULT-VALUE}；默认端口被占用时自动另选）")
    private int port = Workbench.Settings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "地址", description = "监听的地址（默认 127.0.0.1，只有本机可访问；改为其他地址时，同一网络中的其他电脑也可能访问，会给出警告）")
    private String host = Workbench.Settings.LOOPBACK;

    @Option(names = "--no-open", description = "不自动打开浏览器，只显示网址")
    private boolean noOpen;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Workbench.Settings settings = Workbench.Settings.defaults().withPort(port).withHost(host);
        if (!settings.loopback()) {
            err.println("xxgk: 警告：工作台监听 " + host + "，同一网络中的其他电脑也可能访问它；只在可信的网络中这样做");
        }
        Workbench workbench = Workbench.start(root.xxgk(), settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.close();
            stopped.countDown();
        }, "xxgk-stop"));
        workbench.onQuit(stopped::countDown);
        URI url = workbench.url();
        err.println("xxgk: 工作台已启动：" + url + "（在页面上点“退出工作台”，或按 Ctrl+C 停止）");
        err.flush();
        if (!noOpen && !open(url)) {
            err.println("xxgk: 无法自动打开浏览器，请在浏览器中打开 " + url);
            err.flush();
        }
        stopped.await();
        workbench.close();
        err.println("xxgk: 工作台已停止");
        return ExitCodes.OK;
    }

    /** Opens the page in the default browser, when this system has one the JDK can ask. */
    private static boolean open(URI url) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(url);
                return true;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
