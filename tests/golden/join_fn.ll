; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_execve(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_execve" !dbg !40 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !46
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 1032, i64 0) #0, !dbg !48
  %4 = bitcast [1 x i64]* %tmp to i8*, !dbg !48
  %.not = icmp eq i8* %3, null, !dbg !48
  br i1 %.not, label %join.lost, label %join.fill, !dbg !48

join.fill:                                        ; preds = %entry
  %5 = bitcast i8* %3 to i64*, !dbg !48
  store i64 10, i64* %5, align 8, !dbg !48
  %6 = getelementptr i8, i8* %3, i64 8, !dbg !48
  %7 = inttoptr i64 %2 to i8*, !dbg !48
  store i8 0, i8* %6, align 1, !dbg !48
  %8 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %9 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %7) #0, !dbg !48
  %10 = load i64, i64* %8, align 8, !dbg !48
  %11 = icmp eq i64 %10, 0, !dbg !48
  br i1 %11, label %join.submit, label %join.more, !dbg !48

join.lost:                                        ; preds = %entry
  %12 = bitcast i32* %zero to i8*, !dbg !48
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %12) #0, !dbg !48
  %.not38 = icmp eq i8* %13, null, !dbg !48
  br i1 %.not38, label %join.done, label %stat.inc, !dbg !48

join.submit:                                      ; preds = %join.more15, %join.more14, %join.more13, %join.more12, %join.more11, %join.more10, %join.more9, %join.more8, %join.more7, %join.more6, %join.more5, %join.more4, %join.more3, %join.more2, %join.more1, %join.more, %join.fill
  %14 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %15 = icmp ugt i64 %14, 65536, !dbg !48
  %16 = select i1 %15, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %16) #0, !dbg !48
  br label %join.done, !dbg !48

join.done:                                        ; preds = %join.lost, %stat.inc, %join.submit
  %17 = load i64, i64* %1, align 8, !dbg !49
  %18 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 1032, i64 0) #0, !dbg !49
  %.not39 = icmp eq i8* %18, null, !dbg !49
  br i1 %.not39, label %join.lost17, label %join.fill16, !dbg !49

stat.inc:                                         ; preds = %join.lost
  %19 = bitcast i8* %13 to i64*, !dbg !48
  %20 = load i64, i64* %19, align 8, !dbg !48
  %21 = add i64 %20, 1, !dbg !48
  store i64 %21, i64* %19, align 8, !dbg !48
  br label %join.done, !dbg !48

join.more:                                        ; preds = %join.fill
  %22 = inttoptr i64 %10 to i8*, !dbg !48
  %23 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %6, i32 64, i8* nonnull %22) #0, !dbg !48
  %24 = getelementptr i8, i8* %3, i64 72, !dbg !48
  %25 = add i64 %2, 8, !dbg !48
  %26 = inttoptr i64 %25 to i8*, !dbg !48
  store i8 0, i8* %24, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %27 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %26) #0, !dbg !48
  %28 = load i64, i64* %8, align 8, !dbg !48
  %29 = icmp eq i64 %28, 0, !dbg !48
  br i1 %29, label %join.submit, label %join.more1, !dbg !48

join.more1:                                       ; preds = %join.more
  %30 = inttoptr i64 %28 to i8*, !dbg !48
  %31 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %24, i32 64, i8* nonnull %30) #0, !dbg !48
  %32 = getelementptr i8, i8* %3, i64 136, !dbg !48
  %33 = add i64 %2, 16, !dbg !48
  %34 = inttoptr i64 %33 to i8*, !dbg !48
  store i8 0, i8* %32, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %35 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %34) #0, !dbg !48
  %36 = load i64, i64* %8, align 8, !dbg !48
  %37 = icmp eq i64 %36, 0, !dbg !48
  br i1 %37, label %join.submit, label %join.more2, !dbg !48

join.more2:                                       ; preds = %join.more1
  %38 = inttoptr i64 %36 to i8*, !dbg !48
  %39 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %32, i32 64, i8* nonnull %38) #0, !dbg !48
  %40 = getelementptr i8, i8* %3, i64 200, !dbg !48
  %41 = add i64 %2, 24, !dbg !48
  %42 = inttoptr i64 %41 to i8*, !dbg !48
  store i8 0, i8* %40, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %43 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %42) #0, !dbg !48
  %44 = load i64, i64* %8, align 8, !dbg !48
  %45 = icmp eq i64 %44, 0, !dbg !48
  br i1 %45, label %join.submit, label %join.more3, !dbg !48

join.more3:                                       ; preds = %join.more2
  %46 = inttoptr i64 %44 to i8*, !dbg !48
  %47 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %40, i32 64, i8* nonnull %46) #0, !dbg !48
  %48 = getelementptr i8, i8* %3, i64 264, !dbg !48
  %49 = add i64 %2, 32, !dbg !48
  %50 = inttoptr i64 %49 to i8*, !dbg !48
  store i8 0, i8* %48, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %51 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %50) #0, !dbg !48
  %52 = load i64, i64* %8, align 8, !dbg !48
  %53 = icmp eq i64 %52, 0, !dbg !48
  br i1 %53, label %join.submit, label %join.more4, !dbg !48

join.more4:                                       ; preds = %join.more3
  %54 = inttoptr i64 %52 to i8*, !dbg !48
  %55 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %48, i32 64, i8* nonnull %54) #0, !dbg !48
  %56 = getelementptr i8, i8* %3, i64 328, !dbg !48
  %57 = add i64 %2, 40, !dbg !48
  %58 = inttoptr i64 %57 to i8*, !dbg !48
  store i8 0, i8* %56, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %59 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %58) #0, !dbg !48
  %60 = load i64, i64* %8, align 8, !dbg !48
  %61 = icmp eq i64 %60, 0, !dbg !48
  br i1 %61, label %join.submit, label %join.more5, !dbg !48

join.more5:                                       ; preds = %join.more4
  %62 = inttoptr i64 %60 to i8*, !dbg !48
  %63 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %56, i32 64, i8* nonnull %62) #0, !dbg !48
  %64 = getelementptr i8, i8* %3, i64 392, !dbg !48
  %65 = add i64 %2, 48, !dbg !48
  %66 = inttoptr i64 %65 to i8*, !dbg !48
  store i8 0, i8* %64, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %67 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %66) #0, !dbg !48
  %68 = load i64, i64* %8, align 8, !dbg !48
  %69 = icmp eq i64 %68, 0, !dbg !48
  br i1 %69, label %join.submit, label %join.more6, !dbg !48

join.more6:                                       ; preds = %join.more5
  %70 = inttoptr i64 %68 to i8*, !dbg !48
  %71 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %64, i32 64, i8* nonnull %70) #0, !dbg !48
  %72 = getelementptr i8, i8* %3, i64 456, !dbg !48
  %73 = add i64 %2, 56, !dbg !48
  %74 = inttoptr i64 %73 to i8*, !dbg !48
  store i8 0, i8* %72, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %75 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %74) #0, !dbg !48
  %76 = load i64, i64* %8, align 8, !dbg !48
  %77 = icmp eq i64 %76, 0, !dbg !48
  br i1 %77, label %join.submit, label %join.more7, !dbg !48

join.more7:                                       ; preds = %join.more6
  %78 = inttoptr i64 %76 to i8*, !dbg !48
  %79 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %72, i32 64, i8* nonnull %78) #0, !dbg !48
  %80 = getelementptr i8, i8* %3, i64 520, !dbg !48
  %81 = add i64 %2, 64, !dbg !48
  %82 = inttoptr i64 %81 to i8*, !dbg !48
  store i8 0, i8* %80, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %83 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %82) #0, !dbg !48
  %84 = load i64, i64* %8, align 8, !dbg !48
  %85 = icmp eq i64 %84, 0, !dbg !48
  br i1 %85, label %join.submit, label %join.more8, !dbg !48

join.more8:                                       ; preds = %join.more7
  %86 = inttoptr i64 %84 to i8*, !dbg !48
  %87 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %80, i32 64, i8* nonnull %86) #0, !dbg !48
  %88 = getelementptr i8, i8* %3, i64 584, !dbg !48
  %89 = add i64 %2, 72, !dbg !48
  %90 = inttoptr i64 %89 to i8*, !dbg !48
  store i8 0, i8* %88, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %91 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %90) #0, !dbg !48
  %92 = load i64, i64* %8, align 8, !dbg !48
  %93 = icmp eq i64 %92, 0, !dbg !48
  br i1 %93, label %join.submit, label %join.more9, !dbg !48

join.more9:                                       ; preds = %join.more8
  %94 = inttoptr i64 %92 to i8*, !dbg !48
  %95 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %88, i32 64, i8* nonnull %94) #0, !dbg !48
  %96 = getelementptr i8, i8* %3, i64 648, !dbg !48
  %97 = add i64 %2, 80, !dbg !48
  %98 = inttoptr i64 %97 to i8*, !dbg !48
  store i8 0, i8* %96, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %99 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %98) #0, !dbg !48
  %100 = load i64, i64* %8, align 8, !dbg !48
  %101 = icmp eq i64 %100, 0, !dbg !48
  br i1 %101, label %join.submit, label %join.more10, !dbg !48

join.more10:                                      ; preds = %join.more9
  %102 = inttoptr i64 %100 to i8*, !dbg !48
  %103 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %96, i32 64, i8* nonnull %102) #0, !dbg !48
  %104 = getelementptr i8, i8* %3, i64 712, !dbg !48
  %105 = add i64 %2, 88, !dbg !48
  %106 = inttoptr i64 %105 to i8*, !dbg !48
  store i8 0, i8* %104, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %107 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %106) #0, !dbg !48
  %108 = load i64, i64* %8, align 8, !dbg !48
  %109 = icmp eq i64 %108, 0, !dbg !48
  br i1 %109, label %join.submit, label %join.more11, !dbg !48

join.more11:                                      ; preds = %join.more10
  %110 = inttoptr i64 %108 to i8*, !dbg !48
  %111 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %104, i32 64, i8* nonnull %110) #0, !dbg !48
  %112 = getelementptr i8, i8* %3, i64 776, !dbg !48
  %113 = add i64 %2, 96, !dbg !48
  %114 = inttoptr i64 %113 to i8*, !dbg !48
  store i8 0, i8* %112, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %115 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %114) #0, !dbg !48
  %116 = load i64, i64* %8, align 8, !dbg !48
  %117 = icmp eq i64 %116, 0, !dbg !48
  br i1 %117, label %join.submit, label %join.more12, !dbg !48

join.more12:                                      ; preds = %join.more11
  %118 = inttoptr i64 %116 to i8*, !dbg !48
  %119 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %112, i32 64, i8* nonnull %118) #0, !dbg !48
  %120 = getelementptr i8, i8* %3, i64 840, !dbg !48
  %121 = add i64 %2, 104, !dbg !48
  %122 = inttoptr i64 %121 to i8*, !dbg !48
  store i8 0, i8* %120, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %123 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %122) #0, !dbg !48
  %124 = load i64, i64* %8, align 8, !dbg !48
  %125 = icmp eq i64 %124, 0, !dbg !48
  br i1 %125, label %join.submit, label %join.more13, !dbg !48

join.more13:                                      ; preds = %join.more12
  %126 = inttoptr i64 %124 to i8*, !dbg !48
  %127 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %120, i32 64, i8* nonnull %126) #0, !dbg !48
  %128 = getelementptr i8, i8* %3, i64 904, !dbg !48
  %129 = add i64 %2, 112, !dbg !48
  %130 = inttoptr i64 %129 to i8*, !dbg !48
  store i8 0, i8* %128, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %131 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %130) #0, !dbg !48
  %132 = load i64, i64* %8, align 8, !dbg !48
  %133 = icmp eq i64 %132, 0, !dbg !48
  br i1 %133, label %join.submit, label %join.more14, !dbg !48

join.more14:                                      ; preds = %join.more13
  %134 = inttoptr i64 %132 to i8*, !dbg !48
  %135 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %128, i32 64, i8* nonnull %134) #0, !dbg !48
  %136 = getelementptr i8, i8* %3, i64 968, !dbg !48
  %137 = add i64 %2, 120, !dbg !48
  %138 = inttoptr i64 %137 to i8*, !dbg !48
  store i8 0, i8* %136, align 1, !dbg !48
  store i64 0, i64* %8, align 8, !dbg !48
  %139 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %138) #0, !dbg !48
  %140 = load i64, i64* %8, align 8, !dbg !48
  %141 = icmp eq i64 %140, 0, !dbg !48
  br i1 %141, label %join.submit, label %join.more15, !dbg !48

join.more15:                                      ; preds = %join.more14
  %142 = inttoptr i64 %140 to i8*, !dbg !48
  %143 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %136, i32 64, i8* nonnull %142) #0, !dbg !48
  br label %join.submit, !dbg !48

join.fill16:                                      ; preds = %join.done
  %144 = bitcast i8* %18 to i64*, !dbg !49
  store i64 4294967306, i64* %144, align 8, !dbg !49
  %145 = getelementptr i8, i8* %18, i64 8, !dbg !49
  %146 = inttoptr i64 %17 to i8*, !dbg !49
  store i8 0, i8* %145, align 1, !dbg !49
  %147 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %148 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %146) #0, !dbg !49
  %149 = load i64, i64* %147, align 8, !dbg !49
  %150 = icmp eq i64 %149, 0, !dbg !49
  br i1 %150, label %join.submit18, label %join.more22, !dbg !49

join.lost17:                                      ; preds = %join.done
  %151 = bitcast i32* %zero to i8*, !dbg !49
  %152 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %151) #0, !dbg !49
  %.not40 = icmp eq i8* %152, null, !dbg !49
  br i1 %.not40, label %join.done19, label %stat.inc20, !dbg !49

join.submit18:                                    ; preds = %join.more37, %join.more36, %join.more35, %join.more34, %join.more33, %join.more32, %join.more31, %join.more30, %join.more29, %join.more28, %join.more27, %join.more26, %join.more25, %join.more24, %join.more23, %join.more22, %join.fill16
  %153 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %154 = icmp ugt i64 %153, 65536, !dbg !49
  %155 = select i1 %154, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %18, i64 %155) #0, !dbg !49
  br label %join.done19, !dbg !49

join.done19:                                      ; preds = %join.lost17, %stat.inc20, %join.submit18
  ret i32 0, !dbg !47

stat.inc20:                                       ; preds = %join.lost17
  %156 = bitcast i8* %152 to i64*, !dbg !49
  %157 = load i64, i64* %156, align 8, !dbg !49
  %158 = add i64 %157, 1, !dbg !49
  store i64 %158, i64* %156, align 8, !dbg !49
  br label %join.done19, !dbg !49

join.more22:                                      ; preds = %join.fill16
  %159 = inttoptr i64 %149 to i8*, !dbg !49
  %160 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %145, i32 64, i8* nonnull %159) #0, !dbg !49
  %161 = getelementptr i8, i8* %18, i64 72, !dbg !49
  %162 = add i64 %17, 8, !dbg !49
  %163 = inttoptr i64 %162 to i8*, !dbg !49
  store i8 0, i8* %161, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %164 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %163) #0, !dbg !49
  %165 = load i64, i64* %147, align 8, !dbg !49
  %166 = icmp eq i64 %165, 0, !dbg !49
  br i1 %166, label %join.submit18, label %join.more23, !dbg !49

join.more23:                                      ; preds = %join.more22
  %167 = inttoptr i64 %165 to i8*, !dbg !49
  %168 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %161, i32 64, i8* nonnull %167) #0, !dbg !49
  %169 = getelementptr i8, i8* %18, i64 136, !dbg !49
  %170 = add i64 %17, 16, !dbg !49
  %171 = inttoptr i64 %170 to i8*, !dbg !49
  store i8 0, i8* %169, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %172 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %171) #0, !dbg !49
  %173 = load i64, i64* %147, align 8, !dbg !49
  %174 = icmp eq i64 %173, 0, !dbg !49
  br i1 %174, label %join.submit18, label %join.more24, !dbg !49

join.more24:                                      ; preds = %join.more23
  %175 = inttoptr i64 %173 to i8*, !dbg !49
  %176 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %169, i32 64, i8* nonnull %175) #0, !dbg !49
  %177 = getelementptr i8, i8* %18, i64 200, !dbg !49
  %178 = add i64 %17, 24, !dbg !49
  %179 = inttoptr i64 %178 to i8*, !dbg !49
  store i8 0, i8* %177, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %180 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %179) #0, !dbg !49
  %181 = load i64, i64* %147, align 8, !dbg !49
  %182 = icmp eq i64 %181, 0, !dbg !49
  br i1 %182, label %join.submit18, label %join.more25, !dbg !49

join.more25:                                      ; preds = %join.more24
  %183 = inttoptr i64 %181 to i8*, !dbg !49
  %184 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %177, i32 64, i8* nonnull %183) #0, !dbg !49
  %185 = getelementptr i8, i8* %18, i64 264, !dbg !49
  %186 = add i64 %17, 32, !dbg !49
  %187 = inttoptr i64 %186 to i8*, !dbg !49
  store i8 0, i8* %185, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %188 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %187) #0, !dbg !49
  %189 = load i64, i64* %147, align 8, !dbg !49
  %190 = icmp eq i64 %189, 0, !dbg !49
  br i1 %190, label %join.submit18, label %join.more26, !dbg !49

join.more26:                                      ; preds = %join.more25
  %191 = inttoptr i64 %189 to i8*, !dbg !49
  %192 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %185, i32 64, i8* nonnull %191) #0, !dbg !49
  %193 = getelementptr i8, i8* %18, i64 328, !dbg !49
  %194 = add i64 %17, 40, !dbg !49
  %195 = inttoptr i64 %194 to i8*, !dbg !49
  store i8 0, i8* %193, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %196 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %195) #0, !dbg !49
  %197 = load i64, i64* %147, align 8, !dbg !49
  %198 = icmp eq i64 %197, 0, !dbg !49
  br i1 %198, label %join.submit18, label %join.more27, !dbg !49

join.more27:                                      ; preds = %join.more26
  %199 = inttoptr i64 %197 to i8*, !dbg !49
  %200 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %193, i32 64, i8* nonnull %199) #0, !dbg !49
  %201 = getelementptr i8, i8* %18, i64 392, !dbg !49
  %202 = add i64 %17, 48, !dbg !49
  %203 = inttoptr i64 %202 to i8*, !dbg !49
  store i8 0, i8* %201, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %204 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %203) #0, !dbg !49
  %205 = load i64, i64* %147, align 8, !dbg !49
  %206 = icmp eq i64 %205, 0, !dbg !49
  br i1 %206, label %join.submit18, label %join.more28, !dbg !49

join.more28:                                      ; preds = %join.more27
  %207 = inttoptr i64 %205 to i8*, !dbg !49
  %208 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %201, i32 64, i8* nonnull %207) #0, !dbg !49
  %209 = getelementptr i8, i8* %18, i64 456, !dbg !49
  %210 = add i64 %17, 56, !dbg !49
  %211 = inttoptr i64 %210 to i8*, !dbg !49
  store i8 0, i8* %209, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %212 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %211) #0, !dbg !49
  %213 = load i64, i64* %147, align 8, !dbg !49
  %214 = icmp eq i64 %213, 0, !dbg !49
  br i1 %214, label %join.submit18, label %join.more29, !dbg !49

join.more29:                                      ; preds = %join.more28
  %215 = inttoptr i64 %213 to i8*, !dbg !49
  %216 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %209, i32 64, i8* nonnull %215) #0, !dbg !49
  %217 = getelementptr i8, i8* %18, i64 520, !dbg !49
  %218 = add i64 %17, 64, !dbg !49
  %219 = inttoptr i64 %218 to i8*, !dbg !49
  store i8 0, i8* %217, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %220 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %219) #0, !dbg !49
  %221 = load i64, i64* %147, align 8, !dbg !49
  %222 = icmp eq i64 %221, 0, !dbg !49
  br i1 %222, label %join.submit18, label %join.more30, !dbg !49

join.more30:                                      ; preds = %join.more29
  %223 = inttoptr i64 %221 to i8*, !dbg !49
  %224 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %217, i32 64, i8* nonnull %223) #0, !dbg !49
  %225 = getelementptr i8, i8* %18, i64 584, !dbg !49
  %226 = add i64 %17, 72, !dbg !49
  %227 = inttoptr i64 %226 to i8*, !dbg !49
  store i8 0, i8* %225, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %228 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %227) #0, !dbg !49
  %229 = load i64, i64* %147, align 8, !dbg !49
  %230 = icmp eq i64 %229, 0, !dbg !49
  br i1 %230, label %join.submit18, label %join.more31, !dbg !49

join.more31:                                      ; preds = %join.more30
  %231 = inttoptr i64 %229 to i8*, !dbg !49
  %232 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %225, i32 64, i8* nonnull %231) #0, !dbg !49
  %233 = getelementptr i8, i8* %18, i64 648, !dbg !49
  %234 = add i64 %17, 80, !dbg !49
  %235 = inttoptr i64 %234 to i8*, !dbg !49
  store i8 0, i8* %233, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %236 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %235) #0, !dbg !49
  %237 = load i64, i64* %147, align 8, !dbg !49
  %238 = icmp eq i64 %237, 0, !dbg !49
  br i1 %238, label %join.submit18, label %join.more32, !dbg !49

join.more32:                                      ; preds = %join.more31
  %239 = inttoptr i64 %237 to i8*, !dbg !49
  %240 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %233, i32 64, i8* nonnull %239) #0, !dbg !49
  %241 = getelementptr i8, i8* %18, i64 712, !dbg !49
  %242 = add i64 %17, 88, !dbg !49
  %243 = inttoptr i64 %242 to i8*, !dbg !49
  store i8 0, i8* %241, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %244 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %243) #0, !dbg !49
  %245 = load i64, i64* %147, align 8, !dbg !49
  %246 = icmp eq i64 %245, 0, !dbg !49
  br i1 %246, label %join.submit18, label %join.more33, !dbg !49

join.more33:                                      ; preds = %join.more32
  %247 = inttoptr i64 %245 to i8*, !dbg !49
  %248 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %241, i32 64, i8* nonnull %247) #0, !dbg !49
  %249 = getelementptr i8, i8* %18, i64 776, !dbg !49
  %250 = add i64 %17, 96, !dbg !49
  %251 = inttoptr i64 %250 to i8*, !dbg !49
  store i8 0, i8* %249, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %252 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %251) #0, !dbg !49
  %253 = load i64, i64* %147, align 8, !dbg !49
  %254 = icmp eq i64 %253, 0, !dbg !49
  br i1 %254, label %join.submit18, label %join.more34, !dbg !49

join.more34:                                      ; preds = %join.more33
  %255 = inttoptr i64 %253 to i8*, !dbg !49
  %256 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %249, i32 64, i8* nonnull %255) #0, !dbg !49
  %257 = getelementptr i8, i8* %18, i64 840, !dbg !49
  %258 = add i64 %17, 104, !dbg !49
  %259 = inttoptr i64 %258 to i8*, !dbg !49
  store i8 0, i8* %257, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %260 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %259) #0, !dbg !49
  %261 = load i64, i64* %147, align 8, !dbg !49
  %262 = icmp eq i64 %261, 0, !dbg !49
  br i1 %262, label %join.submit18, label %join.more35, !dbg !49

join.more35:                                      ; preds = %join.more34
  %263 = inttoptr i64 %261 to i8*, !dbg !49
  %264 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %257, i32 64, i8* nonnull %263) #0, !dbg !49
  %265 = getelementptr i8, i8* %18, i64 904, !dbg !49
  %266 = add i64 %17, 112, !dbg !49
  %267 = inttoptr i64 %266 to i8*, !dbg !49
  store i8 0, i8* %265, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %268 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %267) #0, !dbg !49
  %269 = load i64, i64* %147, align 8, !dbg !49
  %270 = icmp eq i64 %269, 0, !dbg !49
  br i1 %270, label %join.submit18, label %join.more36, !dbg !49

join.more36:                                      ; preds = %join.more35
  %271 = inttoptr i64 %269 to i8*, !dbg !49
  %272 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %265, i32 64, i8* nonnull %271) #0, !dbg !49
  %273 = getelementptr i8, i8* %18, i64 968, !dbg !49
  %274 = add i64 %17, 120, !dbg !49
  %275 = inttoptr i64 %274 to i8*, !dbg !49
  store i8 0, i8* %273, align 1, !dbg !49
  store i64 0, i64* %147, align 8, !dbg !49
  %276 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %275) #0, !dbg !49
  %277 = load i64, i64* %147, align 8, !dbg !49
  %278 = icmp eq i64 %277, 0, !dbg !49
  br i1 %278, label %join.submit18, label %join.more37, !dbg !49

join.more37:                                      ; preds = %join.more36
  %279 = inttoptr i64 %277 to i8*, !dbg !49
  %280 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %273, i32 64, i8* nonnull %279) #0, !dbg !49
  br label %join.submit18, !dbg !49
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "join_fn.tp", directory: ".")
!4 = !{!0, !5}
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
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter_execve", linkageName: "tp0_sys_enter_execve", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
