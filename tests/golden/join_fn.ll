; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_execve(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_execve" !dbg !47 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !53
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %join.lost17, %stat.inc20, %join.submit18, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %6 = bitcast i8* %5 to i64*, !dbg !55
  %7 = load i64, i64* %6, align 8, !dbg !55
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 1032, i64 0) #0, !dbg !55
  %9 = bitcast [1 x i64]* %tmp to i8*, !dbg !55
  %.not = icmp eq i8* %8, null, !dbg !55
  br i1 %.not, label %join.lost, label %join.fill, !dbg !55

join.fill:                                        ; preds = %pid.match
  %10 = bitcast i8* %8 to i64*, !dbg !55
  store i64 10, i64* %10, align 8, !dbg !55
  %11 = getelementptr i8, i8* %8, i64 8, !dbg !55
  %12 = inttoptr i64 %7 to i8*, !dbg !55
  store i8 0, i8* %11, align 1, !dbg !55
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %14 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %12) #0, !dbg !55
  %15 = load i64, i64* %13, align 8, !dbg !55
  %16 = icmp eq i64 %15, 0, !dbg !55
  br i1 %16, label %join.submit, label %join.more, !dbg !55

join.lost:                                        ; preds = %pid.match
  %17 = bitcast i32* %zero to i8*, !dbg !55
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !55
  %.not38 = icmp eq i8* %18, null, !dbg !55
  br i1 %.not38, label %join.done, label %stat.inc, !dbg !55

join.submit:                                      ; preds = %join.more15, %join.more14, %join.more13, %join.more12, %join.more11, %join.more10, %join.more9, %join.more8, %join.more7, %join.more6, %join.more5, %join.more4, %join.more3, %join.more2, %join.more1, %join.more, %join.fill
  %19 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %20 = icmp ugt i64 %19, 65536, !dbg !55
  %21 = select i1 %20, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %21) #0, !dbg !55
  br label %join.done, !dbg !55

join.done:                                        ; preds = %join.lost, %stat.inc, %join.submit
  %22 = load i64, i64* %6, align 8, !dbg !56
  %23 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 1032, i64 0) #0, !dbg !56
  %.not39 = icmp eq i8* %23, null, !dbg !56
  br i1 %.not39, label %join.lost17, label %join.fill16, !dbg !56

stat.inc:                                         ; preds = %join.lost
  %24 = bitcast i8* %18 to i64*, !dbg !55
  %25 = load i64, i64* %24, align 8, !dbg !55
  %26 = add i64 %25, 1, !dbg !55
  store i64 %26, i64* %24, align 8, !dbg !55
  br label %join.done, !dbg !55

join.more:                                        ; preds = %join.fill
  %27 = inttoptr i64 %15 to i8*, !dbg !55
  %28 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %11, i32 64, i8* nonnull %27) #0, !dbg !55
  %29 = getelementptr i8, i8* %8, i64 72, !dbg !55
  %30 = add i64 %7, 8, !dbg !55
  %31 = inttoptr i64 %30 to i8*, !dbg !55
  store i8 0, i8* %29, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %32 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %31) #0, !dbg !55
  %33 = load i64, i64* %13, align 8, !dbg !55
  %34 = icmp eq i64 %33, 0, !dbg !55
  br i1 %34, label %join.submit, label %join.more1, !dbg !55

join.more1:                                       ; preds = %join.more
  %35 = inttoptr i64 %33 to i8*, !dbg !55
  %36 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %29, i32 64, i8* nonnull %35) #0, !dbg !55
  %37 = getelementptr i8, i8* %8, i64 136, !dbg !55
  %38 = add i64 %7, 16, !dbg !55
  %39 = inttoptr i64 %38 to i8*, !dbg !55
  store i8 0, i8* %37, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %40 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %39) #0, !dbg !55
  %41 = load i64, i64* %13, align 8, !dbg !55
  %42 = icmp eq i64 %41, 0, !dbg !55
  br i1 %42, label %join.submit, label %join.more2, !dbg !55

join.more2:                                       ; preds = %join.more1
  %43 = inttoptr i64 %41 to i8*, !dbg !55
  %44 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %37, i32 64, i8* nonnull %43) #0, !dbg !55
  %45 = getelementptr i8, i8* %8, i64 200, !dbg !55
  %46 = add i64 %7, 24, !dbg !55
  %47 = inttoptr i64 %46 to i8*, !dbg !55
  store i8 0, i8* %45, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %48 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %47) #0, !dbg !55
  %49 = load i64, i64* %13, align 8, !dbg !55
  %50 = icmp eq i64 %49, 0, !dbg !55
  br i1 %50, label %join.submit, label %join.more3, !dbg !55

join.more3:                                       ; preds = %join.more2
  %51 = inttoptr i64 %49 to i8*, !dbg !55
  %52 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %45, i32 64, i8* nonnull %51) #0, !dbg !55
  %53 = getelementptr i8, i8* %8, i64 264, !dbg !55
  %54 = add i64 %7, 32, !dbg !55
  %55 = inttoptr i64 %54 to i8*, !dbg !55
  store i8 0, i8* %53, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %56 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %55) #0, !dbg !55
  %57 = load i64, i64* %13, align 8, !dbg !55
  %58 = icmp eq i64 %57, 0, !dbg !55
  br i1 %58, label %join.submit, label %join.more4, !dbg !55

join.more4:                                       ; preds = %join.more3
  %59 = inttoptr i64 %57 to i8*, !dbg !55
  %60 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %53, i32 64, i8* nonnull %59) #0, !dbg !55
  %61 = getelementptr i8, i8* %8, i64 328, !dbg !55
  %62 = add i64 %7, 40, !dbg !55
  %63 = inttoptr i64 %62 to i8*, !dbg !55
  store i8 0, i8* %61, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %64 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %63) #0, !dbg !55
  %65 = load i64, i64* %13, align 8, !dbg !55
  %66 = icmp eq i64 %65, 0, !dbg !55
  br i1 %66, label %join.submit, label %join.more5, !dbg !55

join.more5:                                       ; preds = %join.more4
  %67 = inttoptr i64 %65 to i8*, !dbg !55
  %68 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %61, i32 64, i8* nonnull %67) #0, !dbg !55
  %69 = getelementptr i8, i8* %8, i64 392, !dbg !55
  %70 = add i64 %7, 48, !dbg !55
  %71 = inttoptr i64 %70 to i8*, !dbg !55
  store i8 0, i8* %69, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %72 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %71) #0, !dbg !55
  %73 = load i64, i64* %13, align 8, !dbg !55
  %74 = icmp eq i64 %73, 0, !dbg !55
  br i1 %74, label %join.submit, label %join.more6, !dbg !55

join.more6:                                       ; preds = %join.more5
  %75 = inttoptr i64 %73 to i8*, !dbg !55
  %76 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %69, i32 64, i8* nonnull %75) #0, !dbg !55
  %77 = getelementptr i8, i8* %8, i64 456, !dbg !55
  %78 = add i64 %7, 56, !dbg !55
  %79 = inttoptr i64 %78 to i8*, !dbg !55
  store i8 0, i8* %77, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %80 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %79) #0, !dbg !55
  %81 = load i64, i64* %13, align 8, !dbg !55
  %82 = icmp eq i64 %81, 0, !dbg !55
  br i1 %82, label %join.submit, label %join.more7, !dbg !55

join.more7:                                       ; preds = %join.more6
  %83 = inttoptr i64 %81 to i8*, !dbg !55
  %84 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %77, i32 64, i8* nonnull %83) #0, !dbg !55
  %85 = getelementptr i8, i8* %8, i64 520, !dbg !55
  %86 = add i64 %7, 64, !dbg !55
  %87 = inttoptr i64 %86 to i8*, !dbg !55
  store i8 0, i8* %85, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %88 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %87) #0, !dbg !55
  %89 = load i64, i64* %13, align 8, !dbg !55
  %90 = icmp eq i64 %89, 0, !dbg !55
  br i1 %90, label %join.submit, label %join.more8, !dbg !55

join.more8:                                       ; preds = %join.more7
  %91 = inttoptr i64 %89 to i8*, !dbg !55
  %92 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %85, i32 64, i8* nonnull %91) #0, !dbg !55
  %93 = getelementptr i8, i8* %8, i64 584, !dbg !55
  %94 = add i64 %7, 72, !dbg !55
  %95 = inttoptr i64 %94 to i8*, !dbg !55
  store i8 0, i8* %93, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %96 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %95) #0, !dbg !55
  %97 = load i64, i64* %13, align 8, !dbg !55
  %98 = icmp eq i64 %97, 0, !dbg !55
  br i1 %98, label %join.submit, label %join.more9, !dbg !55

join.more9:                                       ; preds = %join.more8
  %99 = inttoptr i64 %97 to i8*, !dbg !55
  %100 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %93, i32 64, i8* nonnull %99) #0, !dbg !55
  %101 = getelementptr i8, i8* %8, i64 648, !dbg !55
  %102 = add i64 %7, 80, !dbg !55
  %103 = inttoptr i64 %102 to i8*, !dbg !55
  store i8 0, i8* %101, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %104 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %103) #0, !dbg !55
  %105 = load i64, i64* %13, align 8, !dbg !55
  %106 = icmp eq i64 %105, 0, !dbg !55
  br i1 %106, label %join.submit, label %join.more10, !dbg !55

join.more10:                                      ; preds = %join.more9
  %107 = inttoptr i64 %105 to i8*, !dbg !55
  %108 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %101, i32 64, i8* nonnull %107) #0, !dbg !55
  %109 = getelementptr i8, i8* %8, i64 712, !dbg !55
  %110 = add i64 %7, 88, !dbg !55
  %111 = inttoptr i64 %110 to i8*, !dbg !55
  store i8 0, i8* %109, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %112 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %111) #0, !dbg !55
  %113 = load i64, i64* %13, align 8, !dbg !55
  %114 = icmp eq i64 %113, 0, !dbg !55
  br i1 %114, label %join.submit, label %join.more11, !dbg !55

join.more11:                                      ; preds = %join.more10
  %115 = inttoptr i64 %113 to i8*, !dbg !55
  %116 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %109, i32 64, i8* nonnull %115) #0, !dbg !55
  %117 = getelementptr i8, i8* %8, i64 776, !dbg !55
  %118 = add i64 %7, 96, !dbg !55
  %119 = inttoptr i64 %118 to i8*, !dbg !55
  store i8 0, i8* %117, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %120 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %119) #0, !dbg !55
  %121 = load i64, i64* %13, align 8, !dbg !55
  %122 = icmp eq i64 %121, 0, !dbg !55
  br i1 %122, label %join.submit, label %join.more12, !dbg !55

join.more12:                                      ; preds = %join.more11
  %123 = inttoptr i64 %121 to i8*, !dbg !55
  %124 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %117, i32 64, i8* nonnull %123) #0, !dbg !55
  %125 = getelementptr i8, i8* %8, i64 840, !dbg !55
  %126 = add i64 %7, 104, !dbg !55
  %127 = inttoptr i64 %126 to i8*, !dbg !55
  store i8 0, i8* %125, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %128 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %127) #0, !dbg !55
  %129 = load i64, i64* %13, align 8, !dbg !55
  %130 = icmp eq i64 %129, 0, !dbg !55
  br i1 %130, label %join.submit, label %join.more13, !dbg !55

join.more13:                                      ; preds = %join.more12
  %131 = inttoptr i64 %129 to i8*, !dbg !55
  %132 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %125, i32 64, i8* nonnull %131) #0, !dbg !55
  %133 = getelementptr i8, i8* %8, i64 904, !dbg !55
  %134 = add i64 %7, 112, !dbg !55
  %135 = inttoptr i64 %134 to i8*, !dbg !55
  store i8 0, i8* %133, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %136 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %135) #0, !dbg !55
  %137 = load i64, i64* %13, align 8, !dbg !55
  %138 = icmp eq i64 %137, 0, !dbg !55
  br i1 %138, label %join.submit, label %join.more14, !dbg !55

join.more14:                                      ; preds = %join.more13
  %139 = inttoptr i64 %137 to i8*, !dbg !55
  %140 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %133, i32 64, i8* nonnull %139) #0, !dbg !55
  %141 = getelementptr i8, i8* %8, i64 968, !dbg !55
  %142 = add i64 %7, 120, !dbg !55
  %143 = inttoptr i64 %142 to i8*, !dbg !55
  store i8 0, i8* %141, align 1, !dbg !55
  store i64 0, i64* %13, align 8, !dbg !55
  %144 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %143) #0, !dbg !55
  %145 = load i64, i64* %13, align 8, !dbg !55
  %146 = icmp eq i64 %145, 0, !dbg !55
  br i1 %146, label %join.submit, label %join.more15, !dbg !55

join.more15:                                      ; preds = %join.more14
  %147 = inttoptr i64 %145 to i8*, !dbg !55
  %148 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %141, i32 64, i8* nonnull %147) #0, !dbg !55
  br label %join.submit, !dbg !55

join.fill16:                                      ; preds = %join.done
  %149 = bitcast i8* %23 to i64*, !dbg !56
  store i64 4294967306, i64* %149, align 8, !dbg !56
  %150 = getelementptr i8, i8* %23, i64 8, !dbg !56
  %151 = inttoptr i64 %22 to i8*, !dbg !56
  store i8 0, i8* %150, align 1, !dbg !56
  %152 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %153 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %151) #0, !dbg !56
  %154 = load i64, i64* %152, align 8, !dbg !56
  %155 = icmp eq i64 %154, 0, !dbg !56
  br i1 %155, label %join.submit18, label %join.more22, !dbg !56

join.lost17:                                      ; preds = %join.done
  %156 = bitcast i32* %zero to i8*, !dbg !56
  %157 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %156) #0, !dbg !56
  %.not40 = icmp eq i8* %157, null, !dbg !56
  br i1 %.not40, label %return, label %stat.inc20, !dbg !56

join.submit18:                                    ; preds = %join.more37, %join.more36, %join.more35, %join.more34, %join.more33, %join.more32, %join.more31, %join.more30, %join.more29, %join.more28, %join.more27, %join.more26, %join.more25, %join.more24, %join.more23, %join.more22, %join.fill16
  %158 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %159 = icmp ugt i64 %158, 65536, !dbg !56
  %160 = select i1 %159, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %23, i64 %160) #0, !dbg !56
  br label %return, !dbg !56

stat.inc20:                                       ; preds = %join.lost17
  %161 = bitcast i8* %157 to i64*, !dbg !56
  %162 = load i64, i64* %161, align 8, !dbg !56
  %163 = add i64 %162, 1, !dbg !56
  store i64 %163, i64* %161, align 8, !dbg !56
  br label %return, !dbg !56

join.more22:                                      ; preds = %join.fill16
  %164 = inttoptr i64 %154 to i8*, !dbg !56
  %165 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %150, i32 64, i8* nonnull %164) #0, !dbg !56
  %166 = getelementptr i8, i8* %23, i64 72, !dbg !56
  %167 = add i64 %22, 8, !dbg !56
  %168 = inttoptr i64 %167 to i8*, !dbg !56
  store i8 0, i8* %166, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %169 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %168) #0, !dbg !56
  %170 = load i64, i64* %152, align 8, !dbg !56
  %171 = icmp eq i64 %170, 0, !dbg !56
  br i1 %171, label %join.submit18, label %join.more23, !dbg !56

join.more23:                                      ; preds = %join.more22
  %172 = inttoptr i64 %170 to i8*, !dbg !56
  %173 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %166, i32 64, i8* nonnull %172) #0, !dbg !56
  %174 = getelementptr i8, i8* %23, i64 136, !dbg !56
  %175 = add i64 %22, 16, !dbg !56
  %176 = inttoptr i64 %175 to i8*, !dbg !56
  store i8 0, i8* %174, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %177 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %176) #0, !dbg !56
  %178 = load i64, i64* %152, align 8, !dbg !56
  %179 = icmp eq i64 %178, 0, !dbg !56
  br i1 %179, label %join.submit18, label %join.more24, !dbg !56

join.more24:                                      ; preds = %join.more23
  %180 = inttoptr i64 %178 to i8*, !dbg !56
  %181 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %174, i32 64, i8* nonnull %180) #0, !dbg !56
  %182 = getelementptr i8, i8* %23, i64 200, !dbg !56
  %183 = add i64 %22, 24, !dbg !56
  %184 = inttoptr i64 %183 to i8*, !dbg !56
  store i8 0, i8* %182, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %185 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %184) #0, !dbg !56
  %186 = load i64, i64* %152, align 8, !dbg !56
  %187 = icmp eq i64 %186, 0, !dbg !56
  br i1 %187, label %join.submit18, label %join.more25, !dbg !56

join.more25:                                      ; preds = %join.more24
  %188 = inttoptr i64 %186 to i8*, !dbg !56
  %189 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %182, i32 64, i8* nonnull %188) #0, !dbg !56
  %190 = getelementptr i8, i8* %23, i64 264, !dbg !56
  %191 = add i64 %22, 32, !dbg !56
  %192 = inttoptr i64 %191 to i8*, !dbg !56
  store i8 0, i8* %190, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %193 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %192) #0, !dbg !56
  %194 = load i64, i64* %152, align 8, !dbg !56
  %195 = icmp eq i64 %194, 0, !dbg !56
  br i1 %195, label %join.submit18, label %join.more26, !dbg !56

join.more26:                                      ; preds = %join.more25
  %196 = inttoptr i64 %194 to i8*, !dbg !56
  %197 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %190, i32 64, i8* nonnull %196) #0, !dbg !56
  %198 = getelementptr i8, i8* %23, i64 328, !dbg !56
  %199 = add i64 %22, 40, !dbg !56
  %200 = inttoptr i64 %199 to i8*, !dbg !56
  store i8 0, i8* %198, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %201 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %200) #0, !dbg !56
  %202 = load i64, i64* %152, align 8, !dbg !56
  %203 = icmp eq i64 %202, 0, !dbg !56
  br i1 %203, label %join.submit18, label %join.more27, !dbg !56

join.more27:                                      ; preds = %join.more26
  %204 = inttoptr i64 %202 to i8*, !dbg !56
  %205 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %198, i32 64, i8* nonnull %204) #0, !dbg !56
  %206 = getelementptr i8, i8* %23, i64 392, !dbg !56
  %207 = add i64 %22, 48, !dbg !56
  %208 = inttoptr i64 %207 to i8*, !dbg !56
  store i8 0, i8* %206, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %209 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %208) #0, !dbg !56
  %210 = load i64, i64* %152, align 8, !dbg !56
  %211 = icmp eq i64 %210, 0, !dbg !56
  br i1 %211, label %join.submit18, label %join.more28, !dbg !56

join.more28:                                      ; preds = %join.more27
  %212 = inttoptr i64 %210 to i8*, !dbg !56
  %213 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %206, i32 64, i8* nonnull %212) #0, !dbg !56
  %214 = getelementptr i8, i8* %23, i64 456, !dbg !56
  %215 = add i64 %22, 56, !dbg !56
  %216 = inttoptr i64 %215 to i8*, !dbg !56
  store i8 0, i8* %214, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %217 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %216) #0, !dbg !56
  %218 = load i64, i64* %152, align 8, !dbg !56
  %219 = icmp eq i64 %218, 0, !dbg !56
  br i1 %219, label %join.submit18, label %join.more29, !dbg !56

join.more29:                                      ; preds = %join.more28
  %220 = inttoptr i64 %218 to i8*, !dbg !56
  %221 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %214, i32 64, i8* nonnull %220) #0, !dbg !56
  %222 = getelementptr i8, i8* %23, i64 520, !dbg !56
  %223 = add i64 %22, 64, !dbg !56
  %224 = inttoptr i64 %223 to i8*, !dbg !56
  store i8 0, i8* %222, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %225 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %224) #0, !dbg !56
  %226 = load i64, i64* %152, align 8, !dbg !56
  %227 = icmp eq i64 %226, 0, !dbg !56
  br i1 %227, label %join.submit18, label %join.more30, !dbg !56

join.more30:                                      ; preds = %join.more29
  %228 = inttoptr i64 %226 to i8*, !dbg !56
  %229 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %222, i32 64, i8* nonnull %228) #0, !dbg !56
  %230 = getelementptr i8, i8* %23, i64 584, !dbg !56
  %231 = add i64 %22, 72, !dbg !56
  %232 = inttoptr i64 %231 to i8*, !dbg !56
  store i8 0, i8* %230, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %233 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %232) #0, !dbg !56
  %234 = load i64, i64* %152, align 8, !dbg !56
  %235 = icmp eq i64 %234, 0, !dbg !56
  br i1 %235, label %join.submit18, label %join.more31, !dbg !56

join.more31:                                      ; preds = %join.more30
  %236 = inttoptr i64 %234 to i8*, !dbg !56
  %237 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %230, i32 64, i8* nonnull %236) #0, !dbg !56
  %238 = getelementptr i8, i8* %23, i64 648, !dbg !56
  %239 = add i64 %22, 80, !dbg !56
  %240 = inttoptr i64 %239 to i8*, !dbg !56
  store i8 0, i8* %238, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %241 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %240) #0, !dbg !56
  %242 = load i64, i64* %152, align 8, !dbg !56
  %243 = icmp eq i64 %242, 0, !dbg !56
  br i1 %243, label %join.submit18, label %join.more32, !dbg !56

join.more32:                                      ; preds = %join.more31
  %244 = inttoptr i64 %242 to i8*, !dbg !56
  %245 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %238, i32 64, i8* nonnull %244) #0, !dbg !56
  %246 = getelementptr i8, i8* %23, i64 712, !dbg !56
  %247 = add i64 %22, 88, !dbg !56
  %248 = inttoptr i64 %247 to i8*, !dbg !56
  store i8 0, i8* %246, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %249 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %248) #0, !dbg !56
  %250 = load i64, i64* %152, align 8, !dbg !56
  %251 = icmp eq i64 %250, 0, !dbg !56
  br i1 %251, label %join.submit18, label %join.more33, !dbg !56

join.more33:                                      ; preds = %join.more32
  %252 = inttoptr i64 %250 to i8*, !dbg !56
  %253 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %246, i32 64, i8* nonnull %252) #0, !dbg !56
  %254 = getelementptr i8, i8* %23, i64 776, !dbg !56
  %255 = add i64 %22, 96, !dbg !56
  %256 = inttoptr i64 %255 to i8*, !dbg !56
  store i8 0, i8* %254, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %257 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %256) #0, !dbg !56
  %258 = load i64, i64* %152, align 8, !dbg !56
  %259 = icmp eq i64 %258, 0, !dbg !56
  br i1 %259, label %join.submit18, label %join.more34, !dbg !56

join.more34:                                      ; preds = %join.more33
  %260 = inttoptr i64 %258 to i8*, !dbg !56
  %261 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %254, i32 64, i8* nonnull %260) #0, !dbg !56
  %262 = getelementptr i8, i8* %23, i64 840, !dbg !56
  %263 = add i64 %22, 104, !dbg !56
  %264 = inttoptr i64 %263 to i8*, !dbg !56
  store i8 0, i8* %262, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %265 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %264) #0, !dbg !56
  %266 = load i64, i64* %152, align 8, !dbg !56
  %267 = icmp eq i64 %266, 0, !dbg !56
  br i1 %267, label %join.submit18, label %join.more35, !dbg !56

join.more35:                                      ; preds = %join.more34
  %268 = inttoptr i64 %266 to i8*, !dbg !56
  %269 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %262, i32 64, i8* nonnull %268) #0, !dbg !56
  %270 = getelementptr i8, i8* %23, i64 904, !dbg !56
  %271 = add i64 %22, 112, !dbg !56
  %272 = inttoptr i64 %271 to i8*, !dbg !56
  store i8 0, i8* %270, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %273 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %272) #0, !dbg !56
  %274 = load i64, i64* %152, align 8, !dbg !56
  %275 = icmp eq i64 %274, 0, !dbg !56
  br i1 %275, label %join.submit18, label %join.more36, !dbg !56

join.more36:                                      ; preds = %join.more35
  %276 = inttoptr i64 %274 to i8*, !dbg !56
  %277 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %270, i32 64, i8* nonnull %276) #0, !dbg !56
  %278 = getelementptr i8, i8* %23, i64 968, !dbg !56
  %279 = add i64 %22, 120, !dbg !56
  %280 = inttoptr i64 %279 to i8*, !dbg !56
  store i8 0, i8* %278, align 1, !dbg !56
  store i64 0, i64* %152, align 8, !dbg !56
  %281 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %280) #0, !dbg !56
  %282 = load i64, i64* %152, align 8, !dbg !56
  %283 = icmp eq i64 %282, 0, !dbg !56
  br i1 %283, label %join.submit18, label %join.more37, !dbg !56

join.more37:                                      ; preds = %join.more36
  %284 = inttoptr i64 %282 to i8*, !dbg !56
  %285 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %278, i32 64, i8* nonnull %284) #0, !dbg !56
  br label %join.submit18, !dbg !56
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "join_fn.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "tp0_sys_enter_execve", linkageName: "tp0_sys_enter_execve", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 2, scope: !47)
