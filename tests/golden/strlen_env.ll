; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !53
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !59
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !70

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !90 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !96
  %tmp1 = alloca [6 x i64], align 8, !dbg !96
  %tmp = alloca [1 x i64], align 8, !dbg !96
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !95, metadata !DIExpression()), !dbg !96
  %zero = alloca i32, align 4, !dbg !97
  store i32 0, i32* %zero, align 4, !dbg !97
  %0 = bitcast i32* %zero to i8*, !dbg !97
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !97
  %.not = icmp eq i8* %1, null, !dbg !97
  br i1 %.not, label %return, label %body, !dbg !97

body:                                             ; preds = %entry
  %2 = bitcast [1 x i64]* %tmp to i8*, !dbg !97
  %3 = getelementptr i8, i8* %ctx, i64 24, !dbg !97
  %4 = bitcast i8* %3 to i64*, !dbg !97
  %5 = load i64, i64* %4, align 8, !dbg !97
  %6 = inttoptr i64 %5 to i8*, !dbg !97
  %7 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 1, i8* %6) #0, !dbg !97
  %8 = icmp slt i64 %7, 0, !dbg !97
  %9 = icmp ne i64 %5, 0, !dbg !97
  %10 = and i1 %9, %8, !dbg !97
  br i1 %10, label %cold.keep, label %cold.no, !dbg !97

return:                                           ; preds = %agg.full, %stat.inc3, %agg.have, %entry, %cold.keep
  ret i32 0, !dbg !97

cold.keep:                                        ; preds = %body
  %11 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !97
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %11, i8 0, i64 48, i1 false), !dbg !97
  %12 = getelementptr i8, i8* %ctx, i64 8, !dbg !97
  %13 = bitcast i8* %12 to i64*, !dbg !97
  %14 = load i64, i64* %13, align 8, !dbg !97
  %15 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 1, !dbg !97
  store i64 %14, i64* %15, align 8, !dbg !97
  %16 = getelementptr i8, i8* %ctx, i64 16, !dbg !97
  %17 = bitcast i8* %16 to i64*, !dbg !97
  %18 = load i64, i64* %17, align 8, !dbg !97
  %19 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 2, !dbg !97
  store i64 %18, i64* %19, align 8, !dbg !97
  %20 = load i64, i64* %4, align 8, !dbg !97
  %21 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 3, !dbg !97
  store i64 %20, i64* %21, align 8, !dbg !97
  %22 = getelementptr i8, i8* %ctx, i64 32, !dbg !97
  %23 = bitcast i8* %22 to i64*, !dbg !97
  %24 = load i64, i64* %23, align 8, !dbg !97
  %25 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 4, !dbg !97
  store i64 %24, i64* %25, align 8, !dbg !97
  %26 = getelementptr i8, i8* %ctx, i64 40, !dbg !97
  %27 = bitcast i8* %26 to i64*, !dbg !97
  %28 = load i64, i64* %27, align 8, !dbg !97
  %29 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 5, !dbg !97
  store i64 %28, i64* %29, align 8, !dbg !97
  %30 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !97
  %31 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !97
  %32 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !97
  store i64 %31, i64* %32, align 8, !dbg !97
  %33 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !97
  store i64 0, i64* %33, align 8, !dbg !97
  %34 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %30, i8* nonnull %11, i64 0) #0, !dbg !97
  br label %return, !dbg !97

cold.no:                                          ; preds = %body
  %35 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !98
  %.not5 = icmp eq i8* %35, null, !dbg !98
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !98

rec.fill:                                         ; preds = %cold.no
  %36 = bitcast i8* %35 to i64*, !dbg !98
  store i64 1, i64* %36, align 8, !dbg !98
  %37 = getelementptr i8, i8* %35, i64 8, !dbg !98
  %38 = load i64, i64* %4, align 8, !dbg !98
  %39 = inttoptr i64 %38 to i8*, !dbg !98
  %40 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %37, i32 201, i8* %39) #0, !dbg !98
  %41 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !98
  %42 = icmp ugt i64 %41, 65536, !dbg !98
  %43 = select i1 %42, i64 2, i64 1, !dbg !98
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %35, i64 %43) #0, !dbg !98
  br label %rec.done, !dbg !98

rec.lost:                                         ; preds = %cold.no
  %44 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !98
  %.not6 = icmp eq i8* %44, null, !dbg !98
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !98

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %1, i8 0, i64 200, i1 false), !dbg !99
  %45 = load i64, i64* %4, align 8, !dbg !99
  %46 = inttoptr i64 %45 to i8*, !dbg !99
  %47 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 200, i8* %46) #0, !dbg !99
  %48 = icmp eq i64 %47, 200, !dbg !99
  br i1 %48, label %str.full, label %str.done, !dbg !99

stat.inc:                                         ; preds = %rec.lost
  %49 = bitcast i8* %44 to i64*, !dbg !98
  %50 = load i64, i64* %49, align 8, !dbg !98
  %51 = add i64 %50, 1, !dbg !98
  store i64 %51, i64* %49, align 8, !dbg !98
  br label %rec.done, !dbg !98

str.full:                                         ; preds = %rec.done
  %52 = getelementptr i8, i8* %1, i64 199, !dbg !99
  %53 = getelementptr i8, i8* %46, i64 199, !dbg !99
  %54 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %52, i32 1, i8* %53) #0, !dbg !99
  br label %str.done, !dbg !99

str.done:                                         ; preds = %str.full, %rec.done
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !99
  %.not7 = icmp eq i8* %55, null, !dbg !99
  br i1 %.not7, label %agg.init, label %agg.have, !dbg !99

agg.have:                                         ; preds = %agg.init, %str.done
  %agg = phi i8* [ %55, %str.done ], [ %60, %agg.init ], !dbg !99
  %56 = bitcast i8* %agg to i64*, !dbg !99
  %57 = load i64, i64* %56, align 8, !dbg !99
  %58 = add i64 %57, 1, !dbg !99
  store i64 %58, i64* %56, align 8, !dbg !99
  br label %return, !dbg !99

agg.init:                                         ; preds = %str.done
  %59 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !99
  %60 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !99
  %.not8 = icmp eq i8* %60, null, !dbg !99
  br i1 %.not8, label %agg.full, label %agg.have, !dbg !99

agg.full:                                         ; preds = %agg.init
  %61 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !99
  %.not9 = icmp eq i8* %61, null, !dbg !99
  br i1 %.not9, label %return, label %stat.inc3, !dbg !99

stat.inc3:                                        ; preds = %agg.full
  %62 = getelementptr i8, i8* %61, i64 8, !dbg !99
  %63 = bitcast i8* %62 to i64*, !dbg !99
  %64 = load i64, i64* %63, align 8, !dbg !99
  %65 = add i64 %64, 1, !dbg !99
  store i64 %65, i64* %63, align 8, !dbg !99
  br label %return, !dbg !99
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !100 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !103
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !102, metadata !DIExpression()), !dbg !103
  %zero = alloca i32, align 4, !dbg !104
  store i32 0, i32* %zero, align 4, !dbg !104
  %0 = bitcast i32* %zero to i8*, !dbg !104
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !104
  %.not = icmp eq i8* %1, null, !dbg !104
  br i1 %.not, label %return, label %body, !dbg !104

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !104
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !104
  store i64 %3, i64* %4, align 8, !dbg !104
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !104
  store i64 0, i64* %5, align 8, !dbg !104
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !104
  %.not5 = icmp eq i8* %6, null, !dbg !104
  br i1 %.not5, label %return, label %cold.kept, !dbg !104

return:                                           ; preds = %agg.full, %stat.inc2, %agg.have, %entry, %body
  ret i32 0, !dbg !104

cold.kept:                                        ; preds = %body
  %tmp1.sroa.1.0..sroa_idx = getelementptr inbounds i8, i8* %6, i64 24, !dbg !104
  %tmp1.sroa.1.0..sroa_cast = bitcast i8* %tmp1.sroa.1.0..sroa_idx to i64*, !dbg !104
  %tmp1.sroa.1.0.copyload = load i64, i64* %tmp1.sroa.1.0..sroa_cast, align 1, !dbg !104
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !104
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 216, i64 0) #0, !dbg !105
  %.not6 = icmp eq i8* %8, null, !dbg !105
  br i1 %.not6, label %rec.lost, label %rec.fill, !dbg !105

rec.fill:                                         ; preds = %cold.kept
  %9 = bitcast i8* %8 to i64*, !dbg !105
  store i64 1, i64* %9, align 8, !dbg !105
  %10 = getelementptr i8, i8* %8, i64 8, !dbg !105
  %11 = inttoptr i64 %tmp1.sroa.1.0.copyload to i8*, !dbg !105
  %12 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %10, i32 201, i8* %11) #0, !dbg !105
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !105
  %14 = icmp ugt i64 %13, 65536, !dbg !105
  %15 = select i1 %14, i64 2, i64 1, !dbg !105
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %15) #0, !dbg !105
  br label %rec.done, !dbg !105

rec.lost:                                         ; preds = %cold.kept
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !105
  %.not7 = icmp eq i8* %16, null, !dbg !105
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !105

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(200) %1, i8 0, i64 200, i1 false), !dbg !106
  %17 = inttoptr i64 %tmp1.sroa.1.0.copyload to i8*, !dbg !106
  %18 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 200, i8* %17) #0, !dbg !106
  %19 = icmp eq i64 %18, 200, !dbg !106
  br i1 %19, label %str.full, label %str.done, !dbg !106

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %16 to i64*, !dbg !105
  %21 = load i64, i64* %20, align 8, !dbg !105
  %22 = add i64 %21, 1, !dbg !105
  store i64 %22, i64* %20, align 8, !dbg !105
  br label %rec.done, !dbg !105

str.full:                                         ; preds = %rec.done
  %23 = getelementptr i8, i8* %1, i64 199, !dbg !106
  %24 = getelementptr i8, i8* %17, i64 199, !dbg !106
  %25 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %23, i32 1, i8* %24) #0, !dbg !106
  br label %str.done, !dbg !106

str.done:                                         ; preds = %str.full, %rec.done
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !106
  %.not8 = icmp eq i8* %26, null, !dbg !106
  br i1 %.not8, label %agg.init, label %agg.have, !dbg !106

agg.have:                                         ; preds = %agg.init, %str.done
  %agg = phi i8* [ %26, %str.done ], [ %31, %agg.init ], !dbg !106
  %27 = bitcast i8* %agg to i64*, !dbg !106
  %28 = load i64, i64* %27, align 8, !dbg !106
  %29 = add i64 %28, 1, !dbg !106
  store i64 %29, i64* %27, align 8, !dbg !106
  br label %return, !dbg !106

agg.init:                                         ; preds = %str.done
  %30 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !106
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %1) #0, !dbg !106
  %.not9 = icmp eq i8* %31, null, !dbg !106
  br i1 %.not9, label %agg.full, label %agg.have, !dbg !106

agg.full:                                         ; preds = %agg.init
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !106
  %.not10 = icmp eq i8* %32, null, !dbg !106
  br i1 %.not10, label %return, label %stat.inc2, !dbg !106

stat.inc2:                                        ; preds = %agg.full
  %33 = getelementptr i8, i8* %32, i64 8, !dbg !106
  %34 = bitcast i8* %33 to i64*, !dbg !106
  %35 = load i64, i64* %34, align 8, !dbg !106
  %36 = add i64 %35, 1, !dbg !106
  store i64 %36, i64* %34, align 8, !dbg !106
  br label %return, !dbg !106
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!88, !89}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !76, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strlen_env.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !59, !70}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 1600, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 1600, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1600, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 200, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 256, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 32, lowerBound: 0)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !61, isLocal: false, isDefinition: true, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !62)
!62 = !{!63, !37, !64, !65}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 128)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !66, size: 64, align: 64, offset: 192)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64, align: 64, dwarfAddressSpace: 0)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 48, lowerBound: 0)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !72, isLocal: false, isDefinition: true, align: 64)
!72 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !73)
!73 = !{!9, !15, !20, !74}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !75, size: 64, align: 64, offset: 192)
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, align: 64, dwarfAddressSpace: 0)
!76 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !77)
!77 = !{!78, !83}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !79, size: 64, align: 64)
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !81)
!81 = !{!82}
!82 = !DISubrange(count: 27, lowerBound: 0)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !84, size: 64, align: 64, offset: 64)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !86)
!86 = !{!87}
!87 = !DISubrange(count: 262144, lowerBound: 0)
!88 = !{i32 2, !"Debug Info Version", i32 3}
!89 = !{i32 2, !"Dwarf Version", i32 4}
!90 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !91, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !94)
!91 = !DISubroutineType(types: !92)
!92 = !{!12, !93}
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!94 = !{!95}
!95 = !DILocalVariable(name: "ctx", arg: 1, scope: !90, file: !3, line: 3, type: !93)
!96 = !DILocation(line: 3, scope: !90)
!97 = !DILocation(line: 3, column: 1, scope: !90)
!98 = !DILocation(line: 4, column: 2, scope: !90)
!99 = !DILocation(line: 5, column: 2, scope: !90)
!100 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !91, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !101)
!101 = !{!102}
!102 = !DILocalVariable(name: "ctx", arg: 1, scope: !100, file: !3, line: 3, type: !93)
!103 = !DILocation(line: 3, scope: !100)
!104 = !DILocation(line: 3, column: 1, scope: !100)
!105 = !DILocation(line: 4, column: 2, scope: !100)
!106 = !DILocation(line: 5, column: 2, scope: !100)
