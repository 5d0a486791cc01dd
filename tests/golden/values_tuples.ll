; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_copy = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_t = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !51
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !60
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !66

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !89 {
entry:
  %tmp14 = alloca [1 x i64], align 8, !dbg !95
  %tmp13 = alloca [3 x i64], align 8, !dbg !95
  %tmp1 = alloca [1 x i64], align 8, !dbg !95
  %tmp = alloca [3 x i64], align 8, !dbg !95
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !94, metadata !DIExpression()), !dbg !95
  %zero = alloca i32, align 4, !dbg !96
  store i32 0, i32* %zero, align 4, !dbg !96
  %0 = bitcast i32* %zero to i8*, !dbg !96
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !96
  %.not = icmp eq i8* %1, null, !dbg !96
  br i1 %.not, label %return, label %body, !dbg !96

body:                                             ; preds = %entry
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(72) %1, i8 0, i64 72, i1 false), !dbg !96
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !96
  %3 = icmp eq i64 %2, 0, !dbg !96
  br i1 %3, label %pid.match, label %pid.filter, !dbg !96

return:                                           ; preds = %rec.lost32, %stat.inc34, %map.done38, %entry, %pid.filter
  ret i32 0, !dbg !96

pid.filter:                                       ; preds = %body
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !96
  %5 = lshr i64 %4, 32, !dbg !96
  %6 = icmp eq i64 %5, %2, !dbg !96
  br i1 %6, label %pid.match, label %return, !dbg !96

pid.match:                                        ; preds = %pid.filter, %body
  %7 = bitcast [3 x i64]* %tmp to i8*, !dbg !97
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !97
  %9 = bitcast i8* %8 to i32*, !dbg !97
  %10 = load i32, i32* %9, align 4, !dbg !97
  %11 = sext i32 %10 to i64, !dbg !97
  %12 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 0, !dbg !97
  store i64 %11, i64* %12, align 8, !dbg !97
  %13 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 1, !dbg !97
  %14 = bitcast i64* %13 to i8*, !dbg !97
  %15 = getelementptr i8, i8* %ctx, i64 40, !dbg !97
  %16 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %14, i32 16, i8* %15) #0, !dbg !97
  %17 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !97
  %18 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !97
  %cpu = zext i32 %18 to i64, !dbg !97
  %19 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !97
  store i64 %cpu, i64* %19, align 8, !dbg !97
  %20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %17, i8* nonnull %7, i64 0) #0, !dbg !97
  %21 = icmp slt i64 %20, 0, !dbg !97
  br i1 %21, label %map.full, label %map.stored, !dbg !97

map.full:                                         ; preds = %pid.match
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !97
  %.not53 = icmp eq i8* %22, null, !dbg !97
  br i1 %.not53, label %map.stored, label %stat.inc, !dbg !97

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %23 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !98
  %cpu2 = zext i32 %23 to i64, !dbg !98
  store i64 %cpu2, i64* %12, align 8, !dbg !98
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %7) #0, !dbg !98
  %.not39 = icmp eq i8* %24, null, !dbg !98
  br i1 %.not39, label %map.none, label %map.read, !dbg !98

stat.inc:                                         ; preds = %map.full
  %25 = getelementptr i8, i8* %22, i64 16, !dbg !97
  %26 = bitcast i8* %25 to i64*, !dbg !97
  %27 = load i64, i64* %26, align 8, !dbg !97
  %28 = add i64 %27, 1, !dbg !97
  store i64 %28, i64* %26, align 8, !dbg !97
  br label %map.stored, !dbg !97

map.read:                                         ; preds = %map.stored
  %29 = bitcast i8* %24 to i64*, !dbg !98
  %30 = load i64, i64* %29, align 8, !dbg !98
  %31 = bitcast i8* %1 to i64*, !dbg !98
  store i64 %30, i64* %31, align 8, !dbg !98
  %32 = getelementptr i8, i8* %1, i64 8, !dbg !98
  %33 = getelementptr i8, i8* %24, i64 8, !dbg !98
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %32, i8* noundef nonnull align 1 dereferenceable(16) %33, i64 16, i1 false), !dbg !98
  %34 = getelementptr i8, i8* %1, i64 23, !dbg !98
  store i8 0, i8* %34, align 1, !dbg !98
  br label %map.done, !dbg !98

map.none:                                         ; preds = %map.stored
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(72) %1, i8 0, i64 72, i1 false), !dbg !98
  br label %map.done, !dbg !98

map.done:                                         ; preds = %map.none, %map.read
  %35 = bitcast i8* %1 to i64*, !dbg !99
  %36 = load i64, i64* %35, align 8, !dbg !99
  %37 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !99
  %.not40 = icmp eq i8* %37, null, !dbg !99
  br i1 %.not40, label %rec.lost, label %rec.fill, !dbg !99

rec.fill:                                         ; preds = %map.done
  %38 = bitcast i8* %37 to i64*, !dbg !99
  store i64 1, i64* %38, align 8, !dbg !99
  %39 = getelementptr i8, i8* %37, i64 8, !dbg !99
  %40 = bitcast i8* %39 to i64*, !dbg !99
  store i64 %36, i64* %40, align 8, !dbg !99
  %41 = getelementptr i8, i8* %37, i64 16, !dbg !99
  %42 = getelementptr i8, i8* %1, i64 8, !dbg !99
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %41, i8* noundef nonnull align 1 dereferenceable(64) %42, i64 64, i1 false), !dbg !99
  %43 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !99
  %44 = icmp ugt i64 %43, 65536, !dbg !99
  %45 = select i1 %44, i64 2, i64 1, !dbg !99
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %37, i64 %45) #0, !dbg !99
  br label %rec.done, !dbg !99

rec.lost:                                         ; preds = %map.done
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !99
  %.not41 = icmp eq i8* %46, null, !dbg !99
  br i1 %.not41, label %rec.done, label %stat.inc3, !dbg !99

rec.done:                                         ; preds = %rec.lost, %stat.inc3, %rec.fill
  store i64 0, i64* %19, align 8, !dbg !100
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %17) #0, !dbg !100
  %.not42 = icmp eq i8* %47, null, !dbg !100
  br i1 %.not42, label %map.none6, label %map.read5, !dbg !100

stat.inc3:                                        ; preds = %rec.lost
  %48 = bitcast i8* %46 to i64*, !dbg !99
  %49 = load i64, i64* %48, align 8, !dbg !99
  %50 = add i64 %49, 1, !dbg !99
  store i64 %50, i64* %48, align 8, !dbg !99
  br label %rec.done, !dbg !99

map.read5:                                        ; preds = %rec.done
  %51 = bitcast i8* %47 to i64*, !dbg !100
  %52 = load i64, i64* %51, align 8, !dbg !100
  store i64 %52, i64* %12, align 8, !dbg !100
  %53 = getelementptr i8, i8* %47, i64 8, !dbg !100
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %14, i8* noundef nonnull align 1 dereferenceable(16) %53, i64 16, i1 false), !dbg !100
  %54 = getelementptr inbounds i8, i8* %14, i64 15, !dbg !100
  store i8 0, i8* %54, align 1, !dbg !100
  br label %map.done7, !dbg !100

map.none6:                                        ; preds = %rec.done
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %7, i8 0, i64 24, i1 false), !dbg !100
  br label %map.done7, !dbg !100

map.done7:                                        ; preds = %map.none6, %map.read5
  %55 = load i64, i64* %12, align 8, !dbg !100
  %56 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !100
  %.not43 = icmp eq i8* %56, null, !dbg !100
  br i1 %.not43, label %rec.lost9, label %rec.fill8, !dbg !100

rec.fill8:                                        ; preds = %map.done7
  %57 = bitcast i8* %56 to i64*, !dbg !100
  store i64 4294967297, i64* %57, align 8, !dbg !100
  %58 = getelementptr i8, i8* %56, i64 8, !dbg !100
  %59 = bitcast i8* %58 to i64*, !dbg !100
  store i64 %55, i64* %59, align 8, !dbg !100
  %60 = getelementptr i8, i8* %56, i64 16, !dbg !100
  %61 = bitcast [1 x i64]* %tmp14 to i8*, !dbg !100
  %62 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp14, i64 0, i64 0, !dbg !100
  store i64 1, i64* %62, align 8, !dbg !100
  %63 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %61) #0, !dbg !100
  %.not52 = icmp eq i8* %63, null, !dbg !100
  br i1 %.not52, label %map.none16, label %map.read15, !dbg !100

rec.lost9:                                        ; preds = %map.done7
  %64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !100
  %.not44 = icmp eq i8* %64, null, !dbg !100
  br i1 %.not44, label %rec.done10, label %stat.inc11, !dbg !100

rec.done10:                                       ; preds = %rec.lost9, %stat.inc11, %map.done17
  %65 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !101
  %cpu18 = zext i32 %65 to i64, !dbg !101
  store i64 %cpu18, i64* %19, align 8, !dbg !101
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %17) #0, !dbg !101
  %.not45 = icmp eq i8* %66, null, !dbg !101
  br i1 %.not45, label %map.none20, label %map.read19, !dbg !101

stat.inc11:                                       ; preds = %rec.lost9
  %67 = bitcast i8* %64 to i64*, !dbg !100
  %68 = load i64, i64* %67, align 8, !dbg !100
  %69 = add i64 %68, 1, !dbg !100
  store i64 %69, i64* %67, align 8, !dbg !100
  br label %rec.done10, !dbg !100

map.read15:                                       ; preds = %rec.fill8
  %70 = bitcast i8* %63 to i64*, !dbg !100
  %71 = load i64, i64* %70, align 8, !dbg !100
  %72 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp13, i64 0, i64 0, !dbg !100
  store i64 %71, i64* %72, align 8, !dbg !100
  %73 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp13, i64 0, i64 1, !dbg !100
  %74 = bitcast i64* %73 to i8*, !dbg !100
  %75 = getelementptr i8, i8* %63, i64 8, !dbg !100
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %74, i8* noundef nonnull align 1 dereferenceable(16) %75, i64 16, i1 false), !dbg !100
  %76 = getelementptr inbounds i8, i8* %74, i64 15, !dbg !100
  store i8 0, i8* %76, align 1, !dbg !100
  br label %map.done17, !dbg !100

map.none16:                                       ; preds = %rec.fill8
  %77 = bitcast [3 x i64]* %tmp13 to i8*, !dbg !100
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %77, i8 0, i64 24, i1 false), !dbg !100
  br label %map.done17, !dbg !100

map.done17:                                       ; preds = %map.none16, %map.read15
  %78 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp13, i64 0, i64 1, !dbg !100
  %79 = bitcast i64* %78 to i8*, !dbg !100
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %60, i8* noundef nonnull align 8 dereferenceable(16) %79, i64 16, i1 false), !dbg !100
  %80 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !100
  %81 = icmp ugt i64 %80, 65536, !dbg !100
  %82 = select i1 %81, i64 2, i64 1, !dbg !100
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %56, i64 %82) #0, !dbg !100
  br label %rec.done10, !dbg !100

map.read19:                                       ; preds = %rec.done10
  %83 = bitcast i8* %66 to i64*, !dbg !101
  %84 = load i64, i64* %83, align 8, !dbg !101
  store i64 %84, i64* %12, align 8, !dbg !101
  %85 = getelementptr i8, i8* %66, i64 8, !dbg !101
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %14, i8* noundef nonnull align 1 dereferenceable(16) %85, i64 16, i1 false), !dbg !101
  %86 = getelementptr inbounds i8, i8* %14, i64 15, !dbg !101
  store i8 0, i8* %86, align 1, !dbg !101
  br label %map.done21, !dbg !101

map.none20:                                       ; preds = %rec.done10
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %7, i8 0, i64 24, i1 false), !dbg !101
  br label %map.done21, !dbg !101

map.done21:                                       ; preds = %map.none20, %map.read19
  %87 = bitcast [3 x i64]* %tmp13 to i8*, !dbg !101
  %88 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp13, i64 0, i64 0, !dbg !101
  store i64 0, i64* %88, align 8, !dbg !101
  %89 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_copy to i8*), i8* nonnull %87, i8* nonnull %7, i64 0) #0, !dbg !101
  %90 = icmp slt i64 %89, 0, !dbg !101
  br i1 %90, label %map.full22, label %map.stored23, !dbg !101

map.full22:                                       ; preds = %map.done21
  %91 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !101
  %.not51 = icmp eq i8* %91, null, !dbg !101
  br i1 %.not51, label %map.stored23, label %stat.inc24, !dbg !101

map.stored23:                                     ; preds = %map.full22, %stat.inc24, %map.done21
  %92 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !102
  %.not46 = icmp eq i8* %92, null, !dbg !102
  br i1 %.not46, label %rec.lost27, label %rec.fill26, !dbg !102

stat.inc24:                                       ; preds = %map.full22
  %93 = getelementptr i8, i8* %91, i64 8, !dbg !101
  %94 = bitcast i8* %93 to i64*, !dbg !101
  %95 = load i64, i64* %94, align 8, !dbg !101
  %96 = add i64 %95, 1, !dbg !101
  store i64 %96, i64* %94, align 8, !dbg !101
  br label %map.stored23, !dbg !101

rec.fill26:                                       ; preds = %map.stored23
  %97 = bitcast i8* %92 to i64*, !dbg !102
  store i64 8589934593, i64* %97, align 8, !dbg !102
  %98 = getelementptr i8, i8* %92, i64 8, !dbg !102
  %99 = bitcast i8* %98 to i64*, !dbg !102
  store i64 7, i64* %99, align 8, !dbg !102
  %100 = getelementptr i8, i8* %92, i64 16, !dbg !102
  %101 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %100, i32 16) #0, !dbg !102
  %102 = getelementptr i8, i8* %92, i64 32, !dbg !102
  store i8 108, i8* %102, align 1, !dbg !102
  %103 = getelementptr i8, i8* %92, i64 33, !dbg !102
  store i8 105, i8* %103, align 1, !dbg !102
  %104 = getelementptr i8, i8* %92, i64 34, !dbg !102
  store i8 116, i8* %104, align 1, !dbg !102
  %105 = getelementptr i8, i8* %92, i64 35, !dbg !102
  store i8 0, i8* %105, align 1, !dbg !102
  %106 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !102
  %107 = icmp ugt i64 %106, 65536, !dbg !102
  %108 = select i1 %107, i64 2, i64 1, !dbg !102
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %92, i64 %108) #0, !dbg !102
  br label %rec.done28, !dbg !102

rec.lost27:                                       ; preds = %map.stored23
  %109 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !102
  %.not47 = icmp eq i8* %109, null, !dbg !102
  br i1 %.not47, label %rec.done28, label %stat.inc29, !dbg !102

rec.done28:                                       ; preds = %rec.lost27, %stat.inc29, %rec.fill26
  %110 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !103
  %.not48 = icmp eq i8* %110, null, !dbg !103
  br i1 %.not48, label %rec.lost32, label %rec.fill31, !dbg !103

stat.inc29:                                       ; preds = %rec.lost27
  %111 = bitcast i8* %109 to i64*, !dbg !102
  %112 = load i64, i64* %111, align 8, !dbg !102
  %113 = add i64 %112, 1, !dbg !102
  store i64 %113, i64* %111, align 8, !dbg !102
  br label %rec.done28, !dbg !102

rec.fill31:                                       ; preds = %rec.done28
  %114 = bitcast i8* %110 to i64*, !dbg !103
  store i64 12884901890, i64* %114, align 8, !dbg !103
  %115 = getelementptr i8, i8* %110, i64 8, !dbg !103
  store i64 2, i64* %12, align 8, !dbg !103
  %116 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %7) #0, !dbg !103
  %.not50 = icmp eq i8* %116, null, !dbg !103
  br i1 %.not50, label %map.none37, label %map.read36, !dbg !103

rec.lost32:                                       ; preds = %rec.done28
  %117 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !103
  %.not49 = icmp eq i8* %117, null, !dbg !103
  br i1 %.not49, label %return, label %stat.inc34, !dbg !103

stat.inc34:                                       ; preds = %rec.lost32
  %118 = bitcast i8* %117 to i64*, !dbg !103
  %119 = load i64, i64* %118, align 8, !dbg !103
  %120 = add i64 %119, 1, !dbg !103
  store i64 %120, i64* %118, align 8, !dbg !103
  br label %return, !dbg !103

map.read36:                                       ; preds = %rec.fill31
  %121 = bitcast i8* %116 to i64*, !dbg !103
  %122 = load i64, i64* %121, align 8, !dbg !103
  %123 = bitcast i8* %115 to i64*, !dbg !103
  store i64 %122, i64* %123, align 8, !dbg !103
  %124 = getelementptr i8, i8* %110, i64 16, !dbg !103
  %125 = getelementptr i8, i8* %116, i64 8, !dbg !103
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %124, i8* noundef nonnull align 1 dereferenceable(16) %125, i64 16, i1 false), !dbg !103
  %126 = getelementptr i8, i8* %110, i64 31, !dbg !103
  store i8 0, i8* %126, align 1, !dbg !103
  br label %map.done38, !dbg !103

map.none37:                                       ; preds = %rec.fill31
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %115, i8 0, i64 24, i1 false), !dbg !103
  br label %map.done38, !dbg !103

map.done38:                                       ; preds = %map.none37, %map.read36
  %127 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !103
  %128 = icmp ugt i64 %127, 65536, !dbg !103
  %129 = select i1 %128, i64 2, i64 1, !dbg !103
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %110, i64 %129) #0, !dbg !103
  br label %return, !dbg !103
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!87, !88}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !75, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "values_tuples.tp", directory: ".")
!4 = !{!0, !5, !28, !51, !60, !66}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_copy", linkageName: "m_copy", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !43)
!43 = !{!44, !46}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !45, size: 64, align: 8)
!45 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !47, size: 128, align: 8, offset: 64)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 128, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 16, lowerBound: 0)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(name: "m_t", linkageName: "m_t", scope: !2, file: !3, type: !53, isLocal: false, isDefinition: true, align: 64)
!53 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !54)
!54 = !{!32, !33, !55, !40}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !56, size: 64, align: 64, offset: 128)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!57 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !58)
!58 = !{!59}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !62, isLocal: false, isDefinition: true, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !63)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 320, align: 8, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 40, lowerBound: 0)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !69)
!69 = !{!9, !15, !20, !70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !71, size: 64, align: 64, offset: 192)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 576, align: 8, elements: !73)
!73 = !{!74}
!74 = !DISubrange(count: 72, lowerBound: 0)
!75 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !76)
!76 = !{!77, !82}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !78, size: 64, align: 64)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !80)
!80 = !{!81}
!81 = !DISubrange(count: 27, lowerBound: 0)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !83, size: 64, align: 64, offset: 64)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 262144, lowerBound: 0)
!87 = !{i32 2, !"Debug Info Version", i32 3}
!88 = !{i32 2, !"Dwarf Version", i32 4}
!89 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !90, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !93)
!90 = !DISubroutineType(types: !91)
!91 = !{!12, !92}
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!93 = !{!94}
!94 = !DILocalVariable(name: "ctx", arg: 1, scope: !89, file: !3, line: 2, type: !92)
!95 = !DILocation(line: 2, scope: !89)
!96 = !DILocation(line: 2, column: 1, scope: !89)
!97 = !DILocation(line: 3, column: 2, scope: !89)
!98 = !DILocation(line: 4, column: 2, scope: !89)
!99 = !DILocation(line: 5, column: 2, scope: !89)
!100 = !DILocation(line: 6, column: 2, scope: !89)
!101 = !DILocation(line: 7, column: 2, scope: !89)
!102 = !DILocation(line: 8, column: 2, scope: !89)
!103 = !DILocation(line: 9, column: 2, scope: !89)
